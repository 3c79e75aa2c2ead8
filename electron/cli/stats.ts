// cxo-studio stats ROLE.cxorole [--json]: the measured panel. Each interviewer's severity, judged
// on the candidates they met; each criterion's agreement; each candidate's adjusted score beside
// the raw one, with an interval. --json prints exactly { interviewers, criteria, candidates }.
import { parseArgs } from 'node:util';
import { measurePanel } from '../../core/hiring/scoring/measured.js';
import { agreementShort, severityReading } from '../../core/hiring/scoring/readings.js';
import { statsJson } from '../../core/hiring/scoring/stats-json.js';
import { readProjectFile } from '../files/project-file.js';
import { problemExit, t, UsageError, type Exit, type Io } from './shared.js';

const NAME = 28;
const column = (text: string) => (text.length > NAME ? `${text.slice(0, NAME - 1)}…` : text.padEnd(NAME));
const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '−' : ' '}${Math.abs(n).toFixed(2)}`;

export async function statsCommand(args: string[], io: Io): Promise<Exit> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError(t('cli.stats.needsFile'));
  const loaded = await readProjectFile(file);
  if (!loaded.ok) return problemExit(loaded.problem, io);
  const { rubric, hiring } = loaded.value;
  const panel = measurePanel(rubric, hiring);
  if (values.json) {
    io.out(JSON.stringify(statsJson(panel), null, 2));
    return 0;
  }
  const json = statsJson(panel);
  io.out(t('cli.stats.interviewers'));
  if (!hiring.interviewers.length) io.out(t('cli.stats.noInterviewers'));
  hiring.interviewers.forEach((iv, i) => {
    const severity = json.interviewers[i]!.severity;
    io.out(`   ${column(iv.name)} ${severity === null ? '     ' : signed(severity)}  ${severityReading(severity, t, (n) => n.toFixed(2))}`);
  });
  io.out(t('cli.stats.criteria'));
  rubric.criteria.forEach((c, j) => {
    const alpha = json.criteria[j]!.reliability;
    io.out(
      `   ${column(c.title)} ${alpha === null ? t('cli.stats.alphaNone').padStart(5) : alpha.toFixed(2).padStart(5)}  ${agreementShort(panel.criteria[j]!, t)}`,
    );
  });
  io.out(t('cli.stats.candidates'));
  if (!hiring.candidates.length) io.out(t('cli.stats.noCandidates'));
  hiring.candidates.forEach((candidate, c) => {
    const m = json.candidates[c]!;
    const raw = panel.raw.candidates[c]!;
    const figures =
      m.score === null
        ? t('cli.stats.unscored')
        : t('cli.stats.candidateLine', {
            score: m.score.toFixed(1),
            raw: raw.score === null ? '–' : raw.score.toFixed(1),
            interval:
              m.low === null ? t('cli.stats.noInterval') : t('panel.measure.interval', { low: m.low.toFixed(1), high: m.high!.toFixed(1) }),
          });
    const state = raw.complete
      ? t('cli.stats.complete')
      : t('cli.stats.incomplete', { submitted: raw.submitted, expected: raw.expected, missing: raw.missing.length });
    io.out(`   ${column(candidate.name)} ${figures} · ${state}`);
  });
  io.out(panel.residualSd === null ? t('cli.stats.noResidual') : t('cli.stats.residual', { sd: panel.residualSd.toFixed(2) }));
  if (panel.groups > 1) io.out(t('panel.measure.groups', { count: panel.groups }));
  return 0;
}
