// How a batch is named on screen and in file names. Titles usually carry their year already
// ("2015年第三批"); the year is added only when the title lacks it ("第三批" → "2015 第三批").
type Named = { readonly associationName: string; readonly year: number; readonly title: string };

export function batchTitle(batch: Pick<Named, 'year' | 'title'>): string {
  return batch.title.includes(String(batch.year)) ? batch.title : `${batch.year} ${batch.title}`;
}

export function batchFullTitle(batch: Named): string {
  return `${batch.associationName} ${batchTitle(batch)}`;
}
