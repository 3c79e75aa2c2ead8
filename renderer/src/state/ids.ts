// Ids for rows the user adds. They only need to be unique inside one role and fit the schema's
// id pattern; a random suffix keeps them unique across copy-and-paste between files too.
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}
