import { attachmentDisposition, cleanFileName, sniffAttachmentType, zipEntryNames } from './file-type';

const zipWith = (...names: string[]) =>
  Buffer.concat(
    names.map((name) => {
      const header = Buffer.alloc(30);
      header.writeUInt32LE(0x04034b50, 0);
      header.writeUInt16LE(Buffer.byteLength(name), 26);
      return Buffer.concat([header, Buffer.from(name), Buffer.alloc(7, 0x20)]);
    }),
  );

describe('attachment types by content', () => {
  it('recognises the accepted formats by their first bytes', () => {
    expect(sniffAttachmentType(Buffer.from('%PDF-1.4 ...'))).toBe('application/pdf');
    expect(sniffAttachmentType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffAttachmentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffAttachmentType(Buffer.from('GIF89a....'))).toBe('image/gif');
    expect(sniffAttachmentType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
    expect(sniffAttachmentType(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      'application/x-ole-storage',
    );
    expect(sniffAttachmentType(zipWith('[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml'))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(sniffAttachmentType(zipWith('[Content_Types].xml', 'ppt/presentation.xml'))).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
  });

  it('refuses executables, scripts, HTML, SVG and plain zips whatever their name', () => {
    for (const bytes of ['MZ\x90\x00', '\x7fELF', '#!/bin/sh', '<html><script>', '<svg onload=alert(1)>', '']) {
      expect(sniffAttachmentType(Buffer.from(bytes, 'latin1'))).toBeNull();
    }
    expect(sniffAttachmentType(zipWith('word/document.xml'))).toBeNull();
    expect(sniffAttachmentType(zipWith('[Content_Types].xml', 'payload.exe'))).toBeNull();
    expect(zipEntryNames(zipWith('a', 'b/c'))).toEqual(['a', 'b/c']);
  });

  it('keeps file names to their base name and quotes them safely', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\temp\\Informe "Piura".pdf')).toBe('Informe Piura.pdf');
    expect(cleanFileName('')).toBe('adjunto');
    expect(attachmentDisposition('Señales de extorsión.pdf')).toBe(
      `attachment; filename="Senales de extorsion.pdf"; filename*=UTF-8''Se%C3%B1ales%20de%20extorsi%C3%B3n.pdf`,
    );
  });
});
