// Loads the default fact base and the workspace's fact directories into one fact base.
// A file that breaks keeps its last good version in use (when there is one), so an
// analyst mid-edit in a fact file never loses the facts it held.
import { assembleFactBase, parseFactFile } from '../../core/src/index.js';
import { listFactFiles, readFactFile } from './factFiles.js';
export function loadFactBase(request, previousGood = new Map(), parse = parseFactFile) {
    const goodFiles = new Map();
    const brokenFiles = [];
    const layers = [];
    const dirs = [];
    if (request.defaultDir)
        dirs.push(['default', request.defaultDir]);
    for (const dir of request.extraDirs)
        dirs.push(['workspace', dir]);
    const extraProblems = [];
    for (const [name, dir] of dirs) {
        const files = [];
        for (const path of listFactFiles(dir)) {
            const overlay = request.overlays?.get(path);
            const parsed = overlay !== undefined ? parse(path, overlay) : readFactFile(path);
            if (parsed.kind === 'broken') {
                brokenFiles.push(path);
                extraProblems.push(...parsed.problems);
                const good = previousGood.get(path);
                if (good) {
                    files.push({ ...good, problems: [] });
                    goodFiles.set(path, good);
                }
            }
            else {
                files.push(parsed);
                goodFiles.set(path, parsed);
            }
        }
        layers.push({ name, files });
    }
    const assembled = assembleFactBase(layers);
    return { ...assembled, problems: [...extraProblems, ...assembled.problems], goodFiles, brokenFiles };
}
//# sourceMappingURL=loadFactBase.js.map