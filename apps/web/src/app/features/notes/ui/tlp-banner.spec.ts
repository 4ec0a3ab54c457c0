import { TestBed } from '@angular/core/testing';
import { TLP_LEVELS, type TlpLevel } from '@cumbre/contracts';
import { TlpBanner } from './tlp-banner';
import { TLP_MESSAGES } from './tlp.messages';

describe('TlpBanner', () => {
  function render(marking: TlpLevel): HTMLElement {
    document.cookie = 'cumbre_lang=; Max-Age=0; Path=/';
    const fixture = TestBed.createComponent(TlpBanner);
    fixture.componentRef.setInput('marking', marking);
    fixture.detectChanges();
    return fixture.nativeElement.querySelector('[data-testid=tlp-banner]');
  }

  it('names every marking with its meaning written out, in Spanish and English', () => {
    for (const level of TLP_LEVELS) {
      const banner = render(level);
      expect(banner.getAttribute('data-tlp')).toBe(level);
      expect(banner.textContent).toContain(`TLP:${level}`);
      expect(banner.textContent).toContain(TLP_MESSAGES.es[level]);
      expect(TLP_MESSAGES.en[level].length).toBeGreaterThan(20);
    }
  });

  it('paints the label in the official TLP 2.0 colour on black (CLEAR: black on white)', () => {
    const colour = (level: TlpLevel) =>
      getComputedStyle(render(level).querySelector('.tlp-banner__label') as Element).color;
    const background = (level: TlpLevel) => getComputedStyle(render(level)).backgroundColor;
    expect(colour('RED')).toBe('rgb(255, 43, 43)');
    expect(colour('AMBER')).toBe('rgb(255, 192, 0)');
    expect(colour('AMBER+STRICT')).toBe('rgb(255, 192, 0)');
    expect(colour('GREEN')).toBe('rgb(51, 255, 0)');
    expect(background('AMBER')).toBe('rgb(0, 0, 0)');
    expect(background('CLEAR')).toBe('rgb(255, 255, 255)');
    expect(render('AMBER+STRICT').textContent).toContain('TLP:AMBER+STRICT');
  });
});
