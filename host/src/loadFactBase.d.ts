import { type AssembledFactBase, type ParsedFactFile } from '../../core/src/index.js';
export interface FactBaseRequest {
    defaultDir?: string;
    extraDirs: readonly string[];
    /** Text of open, unsaved fact files, by path: the editor's view wins over the disk. */
    overlays?: ReadonlyMap<string, string>;
}
export interface LoadedFactBase extends AssembledFactBase {
    /** The last good parse of every file, to fall back on next time. */
    goodFiles: Map<string, ParsedFactFile>;
    /** Files that are broken now (their problems are in `problems`). */
    brokenFiles: string[];
}
export declare function loadFactBase(request: FactBaseRequest, previousGood?: ReadonlyMap<string, ParsedFactFile>, parse?: (path: string, text: string) => ParsedFactFile): LoadedFactBase;
