// A small, complete role built by hand for the unit tests beside this file: tests read more
// clearly as "a complete role, except…" than as a full literal each time.
import { emptyApplication, emptyOffer, emptyPosition, emptyScopeFigures } from '../project/empty.js';
import type { RoleDesign } from '../schema/role.js';

export function completeRole(): RoleDesign {
  return {
    locale: 'en',
    templateId: 'cxo',
    title: 'Chief Experience Officer',
    company: { name: 'Acme', industry: 'Retail', size: '250-999', stage: 'established', description: '' },
    context: {
      whyNow: 'growth',
      whyNowDetail: '',
      reportingLine: 'ceo',
      reportingLineOther: '',
      scope: 'cx-and-ex',
      executiveBoardSeat: true,
      teams: ['design'],
      teamsOther: '',
      figures: emptyScopeFigures(),
    },
    position: emptyPosition(),
    objectives: {
      purpose: 'Own the experience.',
      outcomes: [{ id: 'o1', text: 'Grow revenue' }],
      metrics: [{ id: 'm1', metric: 'nps', customName: '', current: '30', target: '45' }],
    },
    responsibilities: [
      { id: 'r1', theme: 'Voice', text: 'Represent customers', measuredBy: ['o1'] },
      { id: 'r2', theme: 'Teams', text: 'Build the team', measuredBy: ['m1'] },
      { id: 'r3', theme: 'Voice', text: 'Advocate for staff', measuredBy: [] },
    ],
    background: { choice: 'open-to-both' },
    mustHaves: [{ id: 'h1', text: 'Deep CX knowledge' }],
    qualities: [{ id: 'q1', text: 'Influential' }],
    niceToHaves: [],
    archetypes: { practitioner: 25, technologist: 25, dataArchitect: 25, futurist: 25 },
    offer: emptyOffer(),
    application: emptyApplication(),
  };
}
