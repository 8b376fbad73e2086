import { describe, expect, it } from 'vitest';
import { translator } from '@/test/translate';
import { describeAction, describeUndo } from './undo-text';

const t = translator('undo');

describe('undo toast texts', () => {
  it('says what each kind of action did, counting expenses', () => {
    expect(describeAction({ kind: 'delete', count: 1 }, t)).toBe('Deleted 1 expense.');
    expect(describeAction({ kind: 'setCategory', count: 3 }, t)).toBe('Changed the category of 3 expenses.');
    expect(describeAction({ kind: 'addTag', count: 2 }, t)).toBe('Tagged 2 expenses.');
    expect(describeAction({ kind: 'removeTag', count: 2 }, t)).toBe('Removed the tag from 2 expenses.');
  });

  it('names what an undo left alone', () => {
    expect(describeUndo({ restored: 3, skipped: 0 }, t)).toBe('Undone: 3 expenses back as they were.');
    expect(describeUndo({ restored: 1, skipped: 1 }, t)).toBe(
      'Undone: 1 expense back as it was. 1 expense changed again since was left as it is.',
    );
  });
});
