// Which candidates and interviewers are linked through ratings: an interviewer's severity can only
// be judged against colleagues who met some of the same candidates, directly or through others.
// Union-find over candidates (0…C−1) and interviewers (C…C+I−1).
import type { Observations } from './observations.js';

export interface Components {
  /** component number per candidate, −1 for a candidate nobody rated */
  candidate: Int32Array;
  /** component number per interviewer, −1 for an interviewer who rated nobody */
  interviewer: Int32Array;
  /** interviewers in each component */
  interviewersIn: number[];
  count: number;
}

export function componentsOf(obs: Observations): Components {
  const parent = Int32Array.from({ length: obs.candidates + obs.interviewers }, (_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[x] !== root) {
      const next = parent[x]!;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  const seen = new Uint8Array(parent.length);
  for (let n = 0; n < obs.length; n += 1) {
    const a = obs.candidate[n]!;
    const b = obs.candidates + obs.interviewer[n]!;
    seen[a] = 1;
    seen[b] = 1;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[ra] = rb;
  }
  const numbers = new Map<number, number>();
  const label = (x: number) => {
    if (!seen[x]) return -1;
    const root = find(x);
    let k = numbers.get(root);
    if (k === undefined) numbers.set(root, (k = numbers.size));
    return k;
  };
  const candidate = Int32Array.from({ length: obs.candidates }, (_, c) => label(c));
  const interviewer = Int32Array.from({ length: obs.interviewers }, (_, i) => label(obs.candidates + i));
  const interviewersIn = Array.from({ length: numbers.size }, () => 0);
  for (const k of interviewer) if (k >= 0) interviewersIn[k]! += 1;
  return { candidate, interviewer, interviewersIn, count: numbers.size };
}
