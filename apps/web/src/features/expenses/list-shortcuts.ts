/**
 * The expense list's keyboard shortcuts: which key does what, and when a key is not a shortcut at all (typing in
 * a field, with a modifier held, or while a dialog is open).
 */
export type ListShortcut = 'new' | 'search' | 'next' | 'previous' | 'edit' | 'delete' | 'duplicate' | 'help';

/** Each shortcut's keys; what it does is worded in messages (`shortcuts.<shortcut>`). */
export const LIST_SHORTCUTS: ReadonlyArray<{ keys: string[]; shortcut: ListShortcut }> = [
  { keys: ['n'], shortcut: 'new' },
  { keys: ['/'], shortcut: 'search' },
  { keys: ['j'], shortcut: 'next' },
  { keys: ['k'], shortcut: 'previous' },
  { keys: ['e'], shortcut: 'edit' },
  { keys: ['d'], shortcut: 'duplicate' },
  { keys: ['Delete', '#'], shortcut: 'delete' },
  { keys: ['?'], shortcut: 'help' },
];

const BY_KEY = new Map(LIST_SHORTCUTS.flatMap(({ keys, shortcut }) => keys.map((key) => [key, shortcut])));

interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}

/** The shortcut a key press means, or null when it is someone typing or using the browser's own keys. */
export function shortcutOf(press: KeyPress, dialogOpen: boolean): ListShortcut | null {
  if (press.ctrlKey || press.metaKey || press.altKey || dialogOpen) return null;
  if (isTypingTarget(press.target)) return null;
  return BY_KEY.get(press.key) ?? null;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof target !== 'object' || !('tagName' in target)) return false;
  const element = target as { tagName: string; isContentEditable?: boolean };
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName) || element.isContentEditable === true;
}
