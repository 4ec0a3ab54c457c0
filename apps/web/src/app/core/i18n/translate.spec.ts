import { TestBed } from '@angular/core/testing';
import { AppDatePipe } from './app-date.pipe';
import { I18n, LANG_COOKIE, readCookie } from './i18n.service';
import { defineMessages, fill, injectMessages } from './translate';

describe('runtime translation', () => {
  const messages = defineMessages({
    es: { hello: 'Hola, {name}' },
    en: { hello: 'Hello, {name}' },
  });

  beforeEach(() => {
    document.cookie = `${LANG_COOKIE}=; Max-Age=0; Path=/`;
  });

  it('switches the dictionary, the <html lang> and the cookie without a reload', () => {
    const i18n = TestBed.inject(I18n);
    const t = TestBed.runInInjectionContext(() => injectMessages(messages));
    expect(i18n.lang()).toBe('es');
    expect(fill(t().hello, { name: 'Rosa' })).toBe('Hola, Rosa');

    i18n.setLang('en');
    expect(fill(t().hello, { name: 'Rosa' })).toBe('Hello, Rosa');
    expect(document.documentElement.lang).toBe('en');
    expect(readCookie(document.cookie, LANG_COOKIE)).toBe('en');
    i18n.setLang('es');
    expect(document.documentElement.lang).toBe('es-PE');
  });

  it('starts in the language saved in the cookie', () => {
    document.cookie = `${LANG_COOKIE}=en; Path=/`;
    expect(TestBed.inject(I18n).lang()).toBe('en');
    document.cookie = `${LANG_COOKIE}=; Max-Age=0; Path=/`;
  });

  it('ignores a cookie that names no known language', () => {
    document.cookie = `${LANG_COOKIE}=fr; Path=/`;
    expect(TestBed.inject(I18n).lang()).toBe('es');
    document.cookie = `${LANG_COOKIE}=; Max-Age=0; Path=/`;
  });

  it('leaves unknown placeholders visible', () => {
    expect(fill('{a} y {b}', { a: 1 })).toBe('1 y {b}');
  });

  it('shows dates as dd/mm/aaaa in Spanish', () => {
    const pipe = TestBed.runInInjectionContext(() => new AppDatePipe());
    const i18n = TestBed.inject(I18n);
    // Noon UTC stays on the same calendar day in every machine zone from UTC−11 to UTC+11.
    expect(pipe.transform('2026-12-05T12:00:00Z')).toBe('05/12/2026');
    i18n.setLang('en');
    expect(pipe.transform('2026-12-05T12:00:00Z')).toBe('5 Dec 2026');
    i18n.setLang('es');
    expect(pipe.transform(null)).toBe('');
  });

  it('shows an instant in Lima time, naming the zone, whatever the machine’s zone', () => {
    const pipe = TestBed.runInInjectionContext(() => new AppDatePipe());
    const i18n = TestBed.inject(I18n);
    expect(pipe.transform('2026-12-06T05:42:00Z', 'datetime')).toBe('06/12/2026 00:42 hora de Lima (UTC−5)');
    i18n.setLang('en');
    expect(pipe.transform('2026-12-06T05:42:00Z', 'datetime')).toBe('6 Dec 2026, 00:42 Lima time (UTC−5)');
    i18n.setLang('es');
  });
});
