// What a Make account says (scenario names, descriptions, field labels) reaches the model only as plain text of a
// bounded length, and Make's field names only as safe property names.
import { describe, expect, it } from 'vitest';
import { accountText, propertyName } from '../../../src/scenario-runs/account-text.js';

describe('accountText', () => {
  it('keeps plain text', () => {
    expect(accountText('Add lead to CRM', 60)).toBe('Add lead to CRM');
  });

  it('removes control, invisible and bidi characters, quotes, markup and markdown, and collapses whitespace', () => {
    expect(accountText('a\u202eb\u200bc\u2066d\u0000e\u001bf\ng\r\nh\u2028i', 60)).toBe('abcd e f g h i');
    expect(accountText('it\'s "quoted" ‘so’ «here» `code`', 60)).toBe('its quoted so here code');
    expect(accountText('<b>bold</b> [link](x) {json} # head *em* | pipe \\ back', 60)).toBe(
      'bold link(x) json head em pipe back',
    );
    expect(accountText('fullwidth ＜tag＞ and ＇quote＇', 60)).toBe('fullwidth and quote');
  });

  it('cuts long text to the limit, ending in an ellipsis, without splitting a character', () => {
    const cut = accountText('😀'.repeat(100), 10);
    expect(Array.from(cut)).toHaveLength(10);
    expect(cut.endsWith('…')).toBe(true);
    expect(Buffer.from(cut).toString()).toBe(cut); // no lone surrogate
  });

  it('shows nothing for what is not text', () => {
    expect(accountText(undefined, 10)).toBe('');
    expect(accountText({ toString: () => 'x' }, 10)).toBe('');
    expect(accountText(42, 10)).toBe('42');
  });

  it('markup leaves a space between words, text of exactly the limit stays whole, a cut ends without a space', () => {
    expect(accountText('a<b>b', 60)).toBe('a b');
    expect(accountText('abcde', 5)).toBe('abcde');
    expect(accountText('abcdef', 5)).toBe('abcd…');
    expect(accountText('abc defgh', 5)).toBe('abc…');
  });
});

describe('propertyName', () => {
  it("maps Make's names to [a-zA-Z0-9_.-], at most 64", () => {
    expect(propertyName('Customer email')).toBe('Customer_email');
    expect(propertyName('Prénom')).toBe('Pr_nom');
    expect(propertyName('a.b-c_d9')).toBe('a.b-c_d9');
    expect(propertyName('x'.repeat(80))).toHaveLength(64);
  });
});
