// The headings English job descriptions use, by the part of a role each introduces. Matched on the
// heading's words in lower case without punctuation, each phrase at the start of a word; the first
// list naming a phrase the heading contains wins, so the more specific lists ("preferred
// qualifications") come before the general ones ("qualifications").
// Recognisers, not words a user reads: they never reach the screen.

export const TARGETS = [
  'title',
  'company',
  'purpose',
  'outcomes',
  'responsibilities',
  'niceToHaves',
  'qualities',
  'mustHaves',
  'other',
] as const;
export type Target = (typeof TARGETS)[number];

export const HEADINGS: readonly (readonly [Target, readonly string[]])[] = [
  [
    'niceToHaves',
    ['nice to have', 'nice-to-have', 'preferred', 'desirable', 'bonus', 'a plus', 'pluses', 'ideally', 'would be great', 'added advantage'],
  ],
  [
    'qualities',
    ['qualities', 'attributes', 'competencies', 'behaviours', 'behaviors', 'who you are', 'personal', 'soft skills', 'traits', 'mindset'],
  ],
  [
    'other',
    [
      'benefit',
      'what we offer',
      'we offer',
      'perks',
      'salary',
      'compensation',
      'pay',
      'how to apply',
      'to apply',
      'equal opportunit',
      'diversity',
      'location',
      'working pattern',
      'contract',
      'application',
    ],
  ],
  [
    'mustHaves',
    [
      'requirement',
      'qualification',
      'must have',
      'must-have',
      'essential',
      'what you bring',
      'what youll bring',
      'what you will bring',
      'what we are looking for',
      'what were looking for',
      'looking for',
      'experience',
      'skills',
      'about you',
      'you have',
      'you will have',
      'youll have',
      'criteria',
      'profile',
      'knowledge',
    ],
  ],
  [
    'outcomes',
    [
      'objective',
      'goal',
      'outcome',
      'success looks like',
      'what success',
      'measures of success',
      'success measures',
      'kpi',
      'key results',
      'first year',
      'first 12 months',
      'first 90 days',
      'deliverables',
      'impact',
    ],
  ],
  [
    'responsibilities',
    [
      'responsibilit',
      'what you will do',
      'what youll do',
      'what you do',
      'duties',
      'accountabilit',
      'day to day',
      'key tasks',
      'your role',
      'in this role',
      'the job',
      'scope of the role',
      'remit',
      'you will',
    ],
  ],
  [
    'purpose',
    [
      'summary',
      'purpose',
      'the role',
      'about the role',
      'overview',
      'the opportunity',
      'role profile',
      'mission',
      'why this role',
      'introduction',
      'position',
    ],
  ],
  [
    'company',
    [
      'about us',
      'about the company',
      'who we are',
      'our company',
      'the company',
      'company overview',
      'about the organisation',
      'about the organization',
      'our story',
      'our mission',
      'about ',
    ],
  ],
];

/** Lines that say "Title: …" or "Company: …" outright. */
export const LABELLED: readonly (readonly [Target, RegExp])[] = [
  ['title', /^(?:job title|role title|title|position|role)\s*[:–—-]\s*(.+)$/i],
  ['company', /^(?:company|organisation|organization|employer)\s*[:–—-]\s*(.+)$/i],
];

/** Without headings: what a line's words suggest it is. Checked in this order; none matching leaves it unplaced. */
export const LINE_HINTS: readonly (readonly [Target, RegExp])[] = [
  ['niceToHaves', /\b(nice to have|a plus|is a bonus|desirable|preferred|ideally)\b/i],
  [
    'mustHaves',
    /\b(\d+\+?\s+years|years of experience|experience (in|of|with|leading)|degree|track record|proven|qualification|background in|fluent|certified)\b/i,
  ],
  ['outcomes', /\b(by (the end of )?(year|q[1-4]|20\d\d)|within (the first )?\d+|increase|reduce|improve|grow)\b.*\d/i],
  [
    'responsibilities',
    /^(lead|own|develop|build|drive|define|manage|partner|oversee|design|establish|champion|deliver|set|shape|create|run|chair|report|represent|embed|translate|work with|collaborate|ensure|head|direct|coach|hire|measure)\b/i,
  ],
  [
    'qualities',
    /\b(influen|collaborat|empath|curious|resilien|integrity|humble|credib|storytell|communicator|comfortable with ambiguity)/i,
  ],
];
