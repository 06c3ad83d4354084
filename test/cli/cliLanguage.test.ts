/**
 * The CLI in the language of its environment (issue 24, point 1): `LC_ALL`, else `LC_MESSAGES`,
 * else `LANG` choose it, English by default; `--help`, the command summaries, usage errors and
 * the findings of `resdraft check` are the catalog's, through the real CLI.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliLocale } from '../../main/cli/cliLanguage';
import { COMMANDS } from '../../main/cli/commandIndex';
import { english, translator } from '../../shared/i18n/translate';
import type { MessageId } from '../../shared/i18n/catalogs/en';
import { resdraft } from '../support/runCli';

const ENGLISH = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

/** Resolution 34 with an item's end punctuation gone and no reasons: a draft the checks fault. */
function faultyDraft(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-lang-'));
  const text = readFileSync('resources/baseline/kigali-2022/res-34.txt', 'utf8').replace(/are steadily increasing;/, 'are steadily increasing');
  const file = join(dir, 'draft.txt');
  writeFileSync(file, text);
  return file;
}

describe('the CLI in the language of its environment', () => {
  it('LC_ALL before LC_MESSAGES before LANG; C, POSIX, nothing and other languages are English', () => {
    expect(cliLocale({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(cliLocale({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('zh');
    expect(cliLocale({ LC_ALL: 'ar_EG.UTF-8', LC_MESSAGES: 'ru_RU', LANG: 'fr_FR' })).toBe('ar');
    expect(cliLocale({ LC_ALL: '', LANG: 'es_ES@euro' })).toBe('es');
    expect(cliLocale({ LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'POSIX' })).toBe('en');
    expect(cliLocale({})).toBe('en');
    expect(cliLocale({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'en_XA' })).toBe('en-XA');
  });

  it('the English summaries of --help are the command index’s', () => {
    for (const c of COMMANDS) expect(english(`cli.summary.${c.name}` as MessageId)).toBe(c.summary);
  });

  it('--help in English by default and in Russian with LANG=ru_RU.UTF-8, every summary translated', async () => {
    const en = await resdraft(['--help'], undefined, ENGLISH);
    expect(en.stdout).toMatch(/^Usage: resdraft <command> \[options\]/);
    for (const c of COMMANDS) expect(en.stdout).toContain(c.summary);
    const ru = await resdraft(['--help'], undefined, { ...ENGLISH, LANG: 'ru_RU.UTF-8' });
    expect(ru.code).toBe(0);
    expect(ru.stdout).toMatch(/^Использование: resdraft <команда>/);
    for (const c of COMMANDS) {
      expect(ru.stdout).toContain(translator('ru')(`cli.summary.${c.name}` as MessageId));
      expect(ru.stdout).not.toContain(c.summary);
    }
  });

  it('a usage error in Spanish (LC_MESSAGES) and Arabic (LC_ALL over LANG), exit 2', async () => {
    const es = await resdraft(['check', '--frmat', 'json', 'x.txt'], undefined, { ...ENGLISH, LC_MESSAGES: 'es_ES.UTF-8' });
    expect(es.code).toBe(2);
    expect(es.stderr).toMatch(/^resdraft check: opción desconocida «--frmat» \(¿quiso decir --format\?\); uso: resdraft check /);
    const ar = await resdraft(['nosuch'], undefined, { ...ENGLISH, LC_ALL: 'ar_SA.UTF-8', LANG: 'fr_FR.UTF-8' });
    expect(ar.code).toBe(2);
    expect(ar.stderr).toMatch(/^resdraft: أمر غير معروف «nosuch»/);
  });

  it('resdraft check prints its findings in French and Chinese, in English by default, and --format json keeps the English message with the message id', async () => {
    const file = faultyDraft();
    const en = await resdraft(['check', file], undefined, ENGLISH);
    expect(en.code).toBe(1);
    expect(en.stdout).toMatch(/^error {4}Resolution 34 › recognizing › b\) \(line \d+\): The item has no end punctuation: preambular items end with ";"\.$/m);
    expect(en.stdout).toMatch(/^\d+ errors?, \d+ warnings?$/m);
    const fr = await resdraft(['check', file], undefined, { ...ENGLISH, LANG: 'fr_CH.UTF-8' });
    expect(fr.code).toBe(1);
    expect(fr.stdout).toMatch(/^erreur {9}Résolution 34 › recognizing › b\) \(ligne \d+\): L’alinéa n’a pas de ponctuation finale\s: les alinéas du préambule se terminent par ";"\.$/m);
    expect(fr.stdout).not.toMatch(/end punctuation|error|warning/);
    const zh = await resdraft(['check', file], undefined, { ...ENGLISH, LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toMatch(/第34号决议 › recognizing › b\)（第 \d+ 行）: 该项没有结尾标点：序言部分各项以 ";" 结尾。/);
    const json = await resdraft(['check', file, '--format', 'json'], undefined, { ...ENGLISH, LANG: 'zh_CN.UTF-8' });
    const findings = (JSON.parse(json.stdout) as { findings: { message: string; text: { id: string } }[] }).findings;
    const end = findings.find((f) => f.text.id === 'check.end.missing')!;
    expect(end.message).toBe('The item has no end punctuation: preambular items end with ";".');
  });
});
