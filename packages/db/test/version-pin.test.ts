import { describe, expect, it } from 'vitest';
import { assertPinnedVersions, installedVersions, PINNED } from '../engine/version-pin.mjs';

describe('the offline engine version pin', () => {
  it('matches what is installed', () => {
    expect(installedVersions()).toEqual(PINNED);
    expect(() => assertPinnedVersions()).not.toThrow();
  });

  it('pins one engine build: the wasm engine is the build the CLI expects', () => {
    expect(PINNED.wasmEngine.startsWith(`${PINNED.prisma}-`)).toBe(true);
    expect(PINNED.wasmEngine.endsWith(`.${PINNED.engineHash}`)).toBe(true);
  });

  it('fails loudly, in one line naming each mismatch, when Prisma moves on', () => {
    const upgraded = { ...PINNED, prisma: '7.11.0', engineHash: 'f00d' };
    let message = '';
    try {
      assertPinnedVersions(upgraded);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('prisma is 7.11.0 (pinned 7.10.0)');
    expect(message).toContain(`engineHash is f00d (pinned ${PINNED.engineHash})`);
    expect(message).toContain('engine/version-pin.mjs');
    expect(message).not.toContain('\n');
  });
});
