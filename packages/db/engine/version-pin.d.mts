/** Types for version-pin.mjs (used by the package's tests). */
export interface EngineVersions {
  prisma: string;
  engineHash: string;
  wasmEngine: string;
}
export const PINNED: EngineVersions;
export function installedVersions(): EngineVersions;
export function assertPinnedVersions(installed?: EngineVersions): void;
