/**
 * The catalogs of the six languages (issue 24, point 1): every id the code uses is in every
 * catalog with the English message's ICU arguments, none is unused, the commands' English words
 * are the command table's, plurals follow each language's rules, and the pseudo-locale marks
 * every message.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, COMMAND_GROUPS, TOOLBAR_GROUPS } from '../../shared/commands/commandTable';
import { EN, type MessageId } from '../../shared/i18n/catalogs/en';
import { commandGroupName, commandWords, toolbarGroupName } from '../../shared/i18n/commandMessages';
import { directionOf, matchLocale, PSEUDO_LOCALE, UI_LANGUAGES } from '../../shared/i18n/locales';
import { messageArguments } from '../../shared/i18n/messageArguments';
import { isPseudoText } from '../../shared/i18n/pseudo';
import { english, translator } from '../../shared/i18n/translate';
import { checkCatalogs } from '../i18n/catalogCoverage';

describe('the catalogs', () => {
  it('have every id the code uses, in every language, with the English arguments, and no unused id', () => {
    const report = checkCatalogs();
    expect(report.unknown).toEqual([]);
    expect(report.unused).toEqual([]);
    for (const language of UI_LANGUAGES) {
      expect(report.gaps[language], language).toEqual([]);
      expect(report.coverage[language], language).toBe(report.total);
    }
    expect(report.total).toBeGreaterThan(250);
  });

  it('the check can fail: an id the code uses and no catalog has, and every id then unused', () => {
    const root = mkdtempSync(join(tmpdir(), 'i18n-'));
    try {
      for (const d of ['shared', 'main', 'renderer']) mkdirSync(join(root, d));
      writeFileSync(join(root, 'renderer', 'Probe.tsx'), "export const x = t('probe.notInTheCatalog');\n");
      const report = checkCatalogs(root);
      expect(report.unknown).toEqual(['probe.notInTheCatalog (renderer/Probe.tsx)']);
      expect(report.unused).toContain('toolbar.changes');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a translation with other arguments than the English message is told apart', () => {
    expect(messageArguments('{count, plural, one {# change} other {# changes}}')).toEqual(['count:plural']);
    expect(messageArguments('{n, plural, other {# modifications}}')).not.toEqual(messageArguments(EN['toolbar.changes']));
    expect(messageArguments('Reporter sur {vers}')).not.toEqual(messageArguments(EN['carryDialog.carry']));
    expect(() => messageArguments('Reporter sur {to')).toThrow();
  });

  it('the commands’ English words are the command table’s', () => {
    for (const c of COMMANDS) {
      const words = commandWords(english, c);
      expect(words.label, c.id).toBe(c.label);
      expect(words.button, c.id).toBe(c.button ?? c.label);
      expect(words.context, c.id).toBe(c.context);
    }
    for (const g of COMMAND_GROUPS) expect(commandGroupName(english, g)).toBe(g);
    for (const g of TOOLBAR_GROUPS) expect(toolbarGroupName(english, g)).toBe(g);
  });
});

describe('messages in each language', () => {
  it('plurals follow the language: Russian few and many, Arabic two, Chinese one form', () => {
    expect(translator('en')('toolbar.changes', { count: 1 })).toBe('1 change');
    expect(translator('en')('toolbar.changes', { count: 3 })).toBe('3 changes');
    expect(translator('ru')('toolbar.changes', { count: 3 })).toBe('3 изменения');
    expect(translator('ru')('toolbar.changes', { count: 5 })).toBe('5 изменений');
    expect(translator('ru')('toolbar.changes', { count: 21 })).toBe('21 изменение');
    expect(translator('ar')('toolbar.changes', { count: 2 })).toBe('تغييران');
    expect(translator('zh')('toolbar.changes', { count: 1 })).toBe('1 处修改');
    expect(translator('fr')('toolbar.changes', { count: 0 })).toBe('0 modification');
  });

  it('the English messages read as the app wrote them before the catalogs', () => {
    expect(english('compare.count', { count: 2, inserted: 5, deleted: 3, relabels: 4, moved: 1 })).toBe('2 changes (+5 / −3 words, 4 relabelled, 1 moved)');
    expect(english('compare.count', { count: 1, inserted: 1, deleted: 0, relabels: 0, moved: 0 })).toBe('1 change (+1 / −0 words)');
    expect(english('synopsis.conflictCount', { count: 0 })).toBe('No conflict unresolved.');
    expect(english('checksPane.summary', { errors: 1, warnings: 2 })).toBe('1 error and 2 warnings. Choose one to go to its place.');
  });

  it('the pseudo-locale accents, brackets and lengthens every message, and keeps its values', () => {
    const pseudo = translator(PSEUDO_LOCALE);
    for (const id of Object.keys(EN) as MessageId[]) {
      const values = Object.fromEntries(messageArguments(EN[id]).map((a) => [a.split(':')[0]!, a.endsWith(':plural') ? 2 : 'X']));
      const text = pseudo(id, values);
      expect(isPseudoText(text), `${id}: ${text}`).toBe(true);
      expect(text.length, id).toBeGreaterThanOrEqual(Math.floor(english(id, values).length * 1.3));
    }
    const changes = pseudo('toolbar.changes', { count: 2 });
    expect(changes).toMatch(/^⟦2 çĥàñğéš·+⟧$/);
    expect(isPseudoText('2 changes')).toBe(false);
  });

  it('the locale follows the preferred languages, English when none of the six is among them', () => {
    expect(matchLocale(['de-CH', 'fr-CH', 'en'])).toBe('fr');
    expect(matchLocale(['zh-Hans-CN'])).toBe('zh');
    expect(matchLocale(['ar_EG.UTF-8'])).toBe('ar');
    expect(matchLocale(['de', 'ja'])).toBe('en');
    expect(matchLocale(['en-XA'])).toBe(PSEUDO_LOCALE);
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('zh')).toBe('ltr');
  });
});
