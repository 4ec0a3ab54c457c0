import { parseLastEventId, toStreamMessage } from './event-stream.service';
import { REALTIME_RESET } from './realtime.service';

describe('parseLastEventId', () => {
  it('takes the first value that is an event id', () => {
    expect(parseLastEventId('42')).toBe(42);
    expect(parseLastEventId(undefined, ' 7 ')).toBe(7);
    expect(parseLastEventId(['12', '13'])).toBe(12);
  });

  it('counts anything else as none', () => {
    for (const value of ['', 'abc', '-1', '1.5', '1e3', '9999999999999999', undefined]) {
      expect(parseLastEventId(value)).toBeUndefined();
    }
  });
});

describe('toStreamMessage', () => {
  it('names ordinary events and turns a reset into a bare reset message', () => {
    const toMessage = toStreamMessage('agenda');
    expect(toMessage({ id: 3, topic: 'agenda:m', payload: { kind: 'x' } })).toEqual({
      id: 3,
      event: 'agenda',
      data: { kind: 'x' },
    });
    expect(toMessage({ id: 9, topic: REALTIME_RESET, payload: null })).toEqual({ id: 9, event: 'reset', data: {} });
  });
});
