import { PCM, PIURA, actionItemFixture, meetingFixture } from '../data-access/agenda.fixtures';
import { canUpdateActionItem, historyLine, secretaryCandidates } from './minutes.logic';
import { MINUTES_MESSAGES } from './minutes.messages';

describe('secretaryCandidates', () => {
  it("lists the host's members, then the invited agencies' delegates, each person once", () => {
    const meeting = meetingFixture({
      invitations: [
        {
          ...meetingFixture().invitations[0],
          delegates: [
            { id: 'u-z', displayName: 'Zoila Ramos' },
            { id: 'u-both', displayName: 'Ángel Díaz' },
          ],
        },
      ],
    });
    const host = [
      {
        user: { id: 'u-b', displayName: 'Beatriz Soto' },
        role: 'staff' as const,
      },
      {
        user: { id: 'u-both', displayName: 'Ángel Díaz' },
        role: 'leader' as const,
      },
    ];
    expect(secretaryCandidates(meeting, host).map((c) => [c.displayName, c.agency.id])).toEqual([
      ['Ángel Díaz', PCM.id],
      ['Beatriz Soto', PCM.id],
      ['Zoila Ramos', PIURA.id],
    ]);
  });

  it('offers only delegates when the host members cannot be listed', () => {
    expect(secretaryCandidates(meetingFixture(), []).map((c) => c.id)).toEqual(['u-piura']);
  });
});

describe('canUpdateActionItem', () => {
  const staff = [{ agency: PIURA, role: 'staff' as const }];
  const analyst = [{ agency: PIURA, role: 'analyst' as const }];

  it("lets the owner agency's leaders and staff, the convener and admins update", () => {
    expect(canUpdateActionItem({ id: 'u-1' }, staff, false, PIURA.id, 'u-conv')).toBe(true);
    expect(canUpdateActionItem({ id: 'u-conv' }, [], false, PIURA.id, 'u-conv')).toBe(true);
    expect(canUpdateActionItem({ id: 'u-2' }, [], true, PIURA.id, null)).toBe(true);
  });

  it('refuses analysts, other agencies and the signed-out', () => {
    expect(canUpdateActionItem({ id: 'u-1' }, analyst, false, PIURA.id, 'u-conv')).toBe(false);
    expect(canUpdateActionItem({ id: 'u-1' }, staff, false, PCM.id, 'u-conv')).toBe(false);
    expect(canUpdateActionItem(null, staff, true, PIURA.id, null)).toBe(false);
  });
});

describe('historyLine', () => {
  const status = (s: string) => ({ open: 'Abierto', in_progress: 'En curso' })[s] ?? s;
  it('words each kind of entry', () => {
    const [created, moved] = actionItemFixture().history;
    const t = MINUTES_MESSAGES.es;
    expect(historyLine(created, t, status)).toBe('registró el compromiso');
    expect(historyLine(moved, t, status)).toBe('cambió el estado de Abierto a En curso');
    expect(historyLine({ ...moved, kind: 'comment', comment: 'Listo' }, MINUTES_MESSAGES.en, status)).toBe('commented');
  });
});
