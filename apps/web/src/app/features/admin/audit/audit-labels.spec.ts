import { AUDIT_LABELS, auditActionText, auditObjectText } from './audit-labels';

describe('audit labels', () => {
  it('words known codes in Spanish and English, and shows unknown ones as they are', () => {
    expect(auditActionText(AUDIT_LABELS.es, 'meeting.poll_picked')).toBe(
      'Eligió la fecha de una reunión',
    );
    expect(auditActionText(AUDIT_LABELS.en, 'meeting.poll_picked')).toBe(
      'Picked a meeting’s date',
    );
    expect(auditActionText(AUDIT_LABELS.es, 'notes.exported')).toBe('notes.exported');
    expect(auditObjectText(AUDIT_LABELS.es, 'sharing_group')).toBe('Grupo de intercambio');
    expect(auditObjectText(AUDIT_LABELS.es, 'note')).toBe('note');
  });
});
