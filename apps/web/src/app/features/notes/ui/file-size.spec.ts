import { fileSize } from './file-size';

describe('fileSize', () => {
  it("says sizes in binary units with the locale's decimal mark", () => {
    expect(fileSize(512, 'en')).toBe('512 B');
    expect(fileSize(1536, 'en')).toBe('1.5 KB');
    expect(fileSize(1536, 'es-PE')).toBe('1.5 KB'.replace('.', (1.5).toLocaleString('es-PE').charAt(1)));
    expect(fileSize(20 * 1024 * 1024, 'en')).toBe('20 MB');
  });
});
