import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES } from '@cumbre/contracts';
import { AUDIT_LABELS, auditActionText, auditObjectText } from './audit-labels';

describe('audit labels', () => {
  it('words known codes in Spanish and English, and shows unknown ones as they are', () => {
    expect(auditActionText(AUDIT_LABELS.es, 'meeting.poll_picked')).toBe('Eligió la fecha de una reunión');
    expect(auditActionText(AUDIT_LABELS.en, 'meeting.poll_picked')).toBe('Picked a meeting’s date');
    expect(auditActionText(AUDIT_LABELS.es, 'notes.exported')).toBe('notes.exported');
    expect(auditObjectText(AUDIT_LABELS.es, 'sharing_group')).toBe('Grupo de intercambio');
    expect(auditObjectText(AUDIT_LABELS.es, 'widget')).toBe('widget');
  });

  // The registry is what the API may write (its AuditRecord takes no other action or object).
  it.each(['es', 'en'] as const)('words every action and object the API records (%s)', (lang) => {
    const labels = AUDIT_LABELS[lang];
    const unworded = [
      ...AUDIT_ACTIONS.filter((a) => auditActionText(labels, a) === a),
      ...AUDIT_OBJECT_TYPES.filter((o) => auditObjectText(labels, o) === o),
    ];
    expect(unworded).toEqual([]);
  });
});
