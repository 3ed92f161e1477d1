/** What the build writes and the start needs. */
export declare const BUILD_OUTPUTS: readonly string[];
/** True when nothing the build reads changed since `recordBuild`, and its outputs are there. */
export declare function buildIsCurrent(root?: string): boolean;
/** Notes the inputs of the build just finished. */
export declare function recordBuild(root?: string): void;
