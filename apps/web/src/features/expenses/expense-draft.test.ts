// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { clearDraft, readDraft, saveDraft } from './expense-draft';

const values = {
  amount: '12.50',
  occurredOn: '2026-12-05',
  description: 'Half typed',
  merchant: '',
  note: '',
  tags: '',
  categoryId: '',
};

describe('expense drafts', () => {
  afterEach(() => window.sessionStorage.clear());

  it('keeps a draft for the person who typed it, and only for them', () => {
    saveDraft({ owner: 'person-a', values });
    expect(readDraft('person-a')).toEqual({ owner: 'person-a', values });
    expect(readDraft('person-b')).toBeNull();
    clearDraft();
    expect(readDraft('person-a')).toBeNull();
  });

  it('ignores what is not a draft', () => {
    window.sessionStorage.setItem('spendwise:expense-draft', '{not json');
    expect(readDraft('person-a')).toBeNull();
    window.sessionStorage.setItem('spendwise:expense-draft', JSON.stringify({ owner: 'person-a' }));
    expect(readDraft('person-a')).toBeNull();
  });
});
