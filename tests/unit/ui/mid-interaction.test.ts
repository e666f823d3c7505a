// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isMidInteraction } from '../../../src/shell/mid-interaction.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('isMidInteraction: when a newer catalogue waits for the next navigation', () => {
  it('a focused search field with text: wait; empty or not focused: redraw now', () => {
    document.body.innerHTML = '<input id="q" type="search"><a href="/nb/">x</a>';
    const q = document.getElementById('q') as HTMLInputElement;
    expect(isMidInteraction(document)).toBe(false);
    q.focus();
    expect(isMidInteraction(document)).toBe(false);
    q.value = 'krisesenter';
    expect(isMidInteraction(document)).toBe(true);
    q.blur();
    expect(isMidInteraction(document)).toBe(false);
  });

  it('a textarea with text, or an open dialog: wait', () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    const t = document.getElementById('t') as HTMLTextAreaElement;
    t.value = 'Ærlig talt – 😀 \u202e';
    t.focus();
    expect(isMidInteraction(document)).toBe(true);
    document.body.innerHTML = '<dialog open><p>QR</p></dialog>';
    expect(isMidInteraction(document)).toBe(true);
    document.body.innerHTML = '<div role="dialog" aria-modal="true"></div>';
    expect(isMidInteraction(document)).toBe(true);
    document.body.innerHTML = '<dialog><p>closed</p></dialog>';
    expect(isMidInteraction(document)).toBe(false);
  });
});
