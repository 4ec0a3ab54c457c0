import { CountPipe, countText, listText } from './translate';

describe('countText', () => {
  it('words exactly one apart, and fills {n} for any other count', () => {
    const one = '1 agencia';
    const many = '{n} agencias';
    expect(countText(1, one, many)).toBe('1 agencia');
    expect(countText(0, one, many)).toBe('0 agencias');
    expect(countText(12, one, many)).toBe('12 agencias');
    expect(new CountPipe().transform(2, one, many)).toBe('2 agencias');
  });
});

describe('listText', () => {
  it('joins names as each language writes a list', () => {
    const names = ['GR Piura', 'GR Tumbes', 'ANGR'];
    expect(listText(names, 'es')).toBe('GR Piura, GR Tumbes y ANGR');
    expect(listText(names, 'en')).toBe('GR Piura, GR Tumbes, and ANGR');
    expect(listText(['PCM'], 'es')).toBe('PCM');
  });
});
