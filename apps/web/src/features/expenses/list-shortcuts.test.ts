import { describe, expect, it } from 'vitest';
import { LIST_SHORTCUTS, shortcutOf } from './list-shortcuts';

const press = (key: string, extra: Partial<Parameters<typeof shortcutOf>[0]> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: { tagName: 'BODY' } as unknown as EventTarget,
  ...extra,
});

describe('list keyboard shortcuts', () => {
  it('maps each listed key to its shortcut', () => {
    for (const { keys, shortcut } of LIST_SHORTCUTS) {
      for (const key of keys) expect(shortcutOf(press(key), false)).toBe(shortcut);
    }
    expect(shortcutOf(press('x'), false)).toBeNull();
  });

  it('leaves typing, browser keys and open dialogs alone', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) {
      expect(shortcutOf(press('n', { target: { tagName } as unknown as EventTarget }), false)).toBeNull();
    }
    const editable = { tagName: 'DIV', isContentEditable: true } as unknown as EventTarget;
    expect(shortcutOf(press('n', { target: editable }), false)).toBeNull();
    expect(shortcutOf(press('n', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutOf(press('k', { metaKey: true }), false)).toBeNull();
    expect(shortcutOf(press('n'), true)).toBeNull();
  });
});
