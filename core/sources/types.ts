// What a source is, for every citation the app prints: in the wizard beside a figure, in the
// References view, in each exported document's References section and in the language rules.

export interface Person {
  first: string;
  last: string;
}

/** The date a source was published; month and day when known. */
export interface Published {
  year: number;
  month?: number;
  day?: number;
  /** the year is an estimate ("about 2019"): the source itself carries no date */
  approximate?: boolean;
}

/** How a secondary source passes on the figures of another: reported, quoted or merely stated. */
export type Relay = 'reported' | 'quoted';

export type SourceGroup = 'role' | 'research' | 'law' | 'writing';

/** The same work published in another language, cited in that language to its readers. */
export interface Edition {
  title: string;
  /** its publisher in that language, when not the original's */
  publication?: string;
  published: Published;
}

export interface Source {
  /** stable id, also the key of the source's notes in the catalogue (sources.note.<id>) */
  id: string;
  group: SourceGroup;
  /** people, in the order the source names them */
  authors?: readonly Person[];
  /** an organisation that wrote or issued it; with authors too, the organisation leads a short citation */
  organisation?: string;
  title?: string;
  /** where it appeared: a journal, website, blog, official journal or publisher */
  publication?: string;
  /** volume, issue, pages, notice or bill number, section: printed after the publication */
  locator?: string;
  /** null when no edition or date could be established */
  published: Published | null;
  url?: string;
  /**
   * The source that passed on this one's figures. We have not read this source first-hand, so it is
   * cited "as reported by" (or "as quoted by") the other, as the figure reached us.
   */
  via?: { source: string; relay: Relay };
  /** the attribution is a likely one, not a confirmed one: cited as "probably …" */
  probable?: boolean;
  /** its editions in other languages, by language ("it"): a reader of that language is cited the edition in it */
  editions?: Readonly<Partial<Record<string, Edition>>>;
  /** catalogue keys under `sources` that exist for it: a short note for inline citations (`short`), a longer one for the References list (`note`) */
  notes?: readonly ('short' | 'note')[];
}
