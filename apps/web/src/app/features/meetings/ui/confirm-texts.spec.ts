import { regionalAgency, conflictDto, LALIBERTAD, meetingDto, PIURA, TUMBES } from '../data-access/meeting.fixtures';
import { CONFIRM_MESSAGES, moveConfirm, pickConfirm } from './confirm-texts';

const t = CONFIRM_MESSAGES.es;
const invited = meetingDto({
  status: 'draft',
  startsAt: '2026-12-05T14:00:00Z',
  endsAt: '2026-12-05T18:00:00Z',
  invitations: [PIURA, LALIBERTAD].map((a) => ({
    id: `i-${a.id}`,
    agency: a,
    rsvp: 'pending' as const,
    note: null,
    delegates: [],
    respondedBy: null,
    respondedAt: null,
  })),
});

describe('moveConfirm', () => {
  it('says when a draft will be scheduled and names the invited agencies, in Spanish order', () => {
    const q = moveConfirm(invited, 'scheduled', t, 'es');
    expect(q.title).toBe('¿Programar «Cumbre de seguridad»?');
    expect(q.message).toBe('La reunión quedará programada para 05/12/2026 09:00–13:00 hora de Lima (UTC−5).');
    expect(q.notify).toBe(
      'Se avisará a las agencias invitadas: Gobierno Regional de La Libertad, Gobierno Regional de Piura.',
    );
    expect(q.danger).toBe(false);
  });

  it('says no notice goes out for a move the API does not announce', () => {
    const q = moveConfirm({ ...invited, status: 'scheduled' }, 'in_progress', t, 'es');
    expect(q.notify).toBe('No se envía ningún aviso por este cambio.');
    expect(moveConfirm(invited, 'draft', t, 'es').confirm).toBe('Volver a borrador');
  });

  it('asks to cancel in red, with the reason, and says nobody is told without invitations', () => {
    const q = moveConfirm(meetingDto(), 'cancelled', t, 'es', 'Sin sede.');
    expect(q.danger).toBe(true);
    expect(q.message).toBe('Motivo que se comunicará: Sin sede.');
    expect(q.notify).toBe('No hay agencias invitadas: nadie recibirá aviso.');
  });
});

describe('pickConfirm', () => {
  it('warns about refusals, agencies that have not answered and an open deadline', () => {
    const q = pickConfirm(
      invited,
      {
        slot: '04/12/2026 09:00–13:00 hora de Lima (UTC−5)',
        refusedBy: [PIURA],
        pending: [TUMBES, regionalAgency('a-anc', 'Áncash')],
        deadline: '30/11/2026 23:59 hora de Lima (UTC−5)',
        conflicts: [],
      },
      t,
      'es',
    );
    expect(q.warnings).toEqual([
      'Atención: Gobierno Regional de Piura respondió que no puede en esta fecha.',
      'Todavía no respondieron: Gobierno Regional de Áncash, Gobierno Regional de Tumbes.',
      'El plazo para responder sigue abierto hasta el 30/11/2026 23:59 hora de Lima (UTC−5): otras respuestas podrían llegar.',
    ]);
    expect(q.confirm).toBe('Elegir de todos modos');
    expect(q.notify).toContain('Se avisará a las agencias invitadas');
  });

  it('lists the clashes, hiding the title of a meeting the reader may not see', () => {
    const q = pickConfirm(
      invited,
      {
        slot: 'x',
        refusedBy: [],
        pending: [],
        deadline: null,
        conflicts: [conflictDto({ title: 'Secreta' })],
      },
      t,
      'es',
    );
    expect(q.details).toEqual(['Reunión de otra agencia (reservada) — 05/12/2026 10:00–11:00 hora de Lima (UTC−5)']);
    expect(q.warnings).toEqual([t.conflicts]);
  });

  it('asks plainly when nothing stands in the way', () => {
    const q = pickConfirm(invited, { slot: 'x', refusedBy: [], pending: [], deadline: null, conflicts: [] }, t, 'es');
    expect(q.warnings).toEqual([]);
    expect(q.confirm).toBe('Elegir esta fecha');
  });
});
