// Checks on the role's structure rather than its words: over-long bullet lists, too many must-haves,
// and objectives or responsibilities that nothing measures. These read the role, not the text.
import type { RoleDesign } from '../schema/role.js';
import { roleLists } from './fields.js';
import type { Thresholds } from './rules-schema.js';
import type { Finding } from './types.js';

type Structural = Pick<Finding, 'kind' | 'ruleId' | 'severity' | 'field' | 'params' | 'source'> & { reason: string; key?: string };

/** A finding about a whole field or list: no span, and an id without offsets or counts. */
function structural({ reason, key = '', ...f }: Structural): Finding {
  const id = `${f.ruleId}@${f.field}${key ? `:${key.toLowerCase()}` : ''}`;
  return { id, ...f, start: 0, end: 0, match: key, reasonKey: `language.reason.${reason}`, suggestion: null };
}

/** Any digit in an outcome's own words is a figure or a date: the outcome carries its own target. */
const hasFigure = (text: string) => /\d/.test(text);

function listFindings(role: RoleDesign, { listLength }: Thresholds): Finding[] {
  const { maxItems } = listLength.limits;
  return roleLists(role)
    .filter((list) => list.count > maxItems)
    .map((list) =>
      structural({
        kind: 'clarity',
        ruleId: 'clarity.long-list',
        severity: 'low',
        field: list.field,
        key: list.label,
        reason: 'longList',
        params: { count: list.count, limit: maxItems },
        source: listLength.source,
      }),
    );
}

function measureFindings(role: RoleDesign, { measures }: Thresholds): Finding[] {
  const base = { kind: 'credibility', severity: 'medium', source: measures.source } as const;
  const findings: Finding[] = [];
  // Metrics hold no links of their own: responsibilities link outcomes and metrics, so an outcome
  // counts as measured when a responsibility lists it, or when its own words hold a figure.
  const { outcomes, metrics } = role.objectives;
  const linked = new Set(role.responsibilities.flatMap((r) => r.measuredBy));
  for (const o of outcomes) {
    if (linked.has(o.id) || hasFigure(o.text)) continue;
    const field = `objectives.outcomes.${o.id}`;
    findings.push(structural({ ...base, ruleId: 'credibility.outcome-unmeasured', field, reason: 'outcomeUnmeasured', params: {} }));
  }
  for (const m of metrics) {
    if (m.target.trim()) continue;
    const field = `objectives.metrics.${m.id}.target`;
    findings.push(structural({ ...base, ruleId: 'credibility.metric-no-target', field, reason: 'metricNoTarget', params: {} }));
  }
  const measureIds = new Set([...outcomes, ...metrics].map((x) => x.id));
  for (const r of role.responsibilities) {
    // ids naming a deleted outcome or metric measure nothing
    if (r.measuredBy.some((id) => measureIds.has(id))) continue;
    const field = `responsibilities.${r.id}.measuredBy`;
    const params = { links: r.measuredBy.length };
    findings.push(
      structural({ ...base, ruleId: 'credibility.responsibility-unmeasured', field, reason: 'responsibilityUnmeasured', params }),
    );
  }
  return findings;
}

/** Pay left unsaid: the EU directive entitles applicants to it, Colorado wants it in the posting. */
function payFindings(role: RoleDesign, { payTransparency }: Thresholds): Finding[] {
  if (!payTransparency || role.offer.disclosure !== 'not-stated') return [];
  return [
    structural({
      kind: 'credibility',
      ruleId: 'credibility.pay-not-stated',
      severity: 'medium',
      field: 'offer.disclosure',
      reason: 'payNotStated',
      params: {},
      source: payTransparency.source,
    }),
  ];
}

export function structureFindings(role: RoleDesign, t: Thresholds): Finding[] {
  const { maxItems } = t.mustHaves.limits;
  const mustHaves =
    role.mustHaves.length > maxItems
      ? [
          structural({
            kind: 'credibility',
            ruleId: 'credibility.must-haves',
            severity: 'medium',
            field: 'mustHaves',
            reason: 'tooManyMustHaves',
            params: { count: role.mustHaves.length, limit: maxItems },
            source: t.mustHaves.source,
          }),
        ]
      : [];
  return [...listFindings(role, t), ...mustHaves, ...measureFindings(role, t), ...payFindings(role, t)];
}
