import type { Category, Programme } from './exports-api';
import { exportsViewModel, readExport } from './exports.view-model';

const programme = { id: 'p1', name: 'SWW 2027' } as Programme;
const categories = [{ id: 'c1', name: 'Safeguarding Award' }] as Category[];

describe('the exports page', () => {
  it('offers nominations and results of the programme and of each category, as a workbook and as CSV', () => {
    const vm = exportsViewModel(programme, categories);
    expect(vm.pageTitle).toBe('Exports of SWW 2027');
    expect(vm.scopes.map((s) => s.heading)).toEqual(['All categories of SWW 2027', 'Safeguarding Award']);
    expect(vm.scopes[1].links).toEqual([
      {
        href: '/coordinating/programmes/p1/exports/nominations?format=xlsx&categoryId=c1',
        text: 'Nominations of Safeguarding Award (Excel workbook)',
      },
      {
        href: '/coordinating/programmes/p1/exports/nominations?format=csv&categoryId=c1',
        text: 'Nominations of Safeguarding Award (CSV)',
      },
      {
        href: '/coordinating/programmes/p1/exports/results?format=xlsx&categoryId=c1',
        text: 'Results with every judge’s scores of Safeguarding Award (Excel workbook)',
      },
      {
        href: '/coordinating/programmes/p1/exports/results?format=csv&categoryId=c1',
        text: 'Results with every judge’s scores of Safeguarding Award (CSV)',
      },
    ]);
    expect(vm.scopes[0].links[0].href).toBe('/coordinating/programmes/p1/exports/nominations?format=xlsx');
  });

  it('reads a download only of the two kinds and two formats', () => {
    expect(readExport('results', { format: 'csv', categoryId: 'c1' })).toEqual({
      kind: 'results',
      format: 'csv',
      categoryId: 'c1',
    });
    expect(readExport('results', { format: 'pdf' })).toBeNull();
    expect(readExport('scores', { format: 'csv' })).toBeNull();
  });
});
