import { redactAddresses } from './outbox-worker.service';

describe('redactAddresses', () => {
  it('keeps a mail server refusal readable without the recipient', () => {
    expect(redactAddresses('550 5.1.1 <lector.x@correo.example>: Recipient address rejected')).toBe(
      '550 5.1.1 <<address>>: Recipient address rejected',
    );
    expect(redactAddresses('to a@b.pe, c@d.example')).toBe('to <address>, <address>');
    expect(redactAddresses('connection refused')).toBe('connection refused');
  });
});
