import { type ParsedFactFile } from '../../core/src/index.js';
export declare function listFactFiles(dir: string): string[];
export declare function readFactFile(path: string): ParsedFactFile;
