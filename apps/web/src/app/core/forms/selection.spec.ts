import { Selection } from './selection';

describe('Selection', () => {
  it('adds on check, removes on uncheck, and counts', () => {
    const s = new Selection<string>();
    s.toggle('PE-PIU', true);
    s.toggle('PE-TUM', true);
    s.toggle('PE-PIU', false);
    expect(s.has('PE-PIU')).toBe(false);
    expect(s.has('PE-TUM')).toBe(true);
    expect(s.size()).toBe(1);
    expect(s.values()).toEqual(['PE-TUM']);
  });

  it('is replaced whole when a form opens', () => {
    const s = new Selection<string>();
    s.toggle('a', true);
    s.set(['b', 'c']);
    expect(s.values()).toEqual(['b', 'c']);
    s.set();
    expect(s.size()).toBe(0);
  });
});
