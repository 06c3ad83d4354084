// `npm run i18n:extract`: finds the message ids the code uses, checks every catalog against them,
// prints the coverage per language, and exits 1 on a gap (an id missing, unused, or a translation
// whose ICU arguments differ from the English message's).
import { checkCatalogs } from './catalogCoverage';

const report = checkCatalogs();
const problems = [...report.unknown.map((u) => `used but not in the English catalog: ${u}`), ...report.unused.map((u) => `in the English catalog but unused: ${u}`)];
for (const [language, gaps] of Object.entries(report.gaps)) for (const g of gaps) problems.push(`${language}: ${g}`);
console.log(`${report.total} message ids`);
for (const [language, n] of Object.entries(report.coverage)) console.log(`${language.padEnd(3)} ${String(n).padStart(5)} / ${report.total}  ${((100 * n) / report.total).toFixed(1)} %`);
for (const p of problems) console.error(p);
process.exitCode = problems.length ? 1 : 0;
