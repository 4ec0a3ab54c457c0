import { validate } from 'class-validator';
import { IsAcceptablePassword, passwordProblem } from './password-policy';

class Body {
  @IsAcceptablePassword() newPassword!: unknown;
}

async function messages(value: unknown): Promise<string[]> {
  const body = Object.assign(new Body(), { newPassword: value });
  return (await validate(body)).flatMap((e) => Object.values(e.constraints ?? {}));
}

describe('password policy', () => {
  it('accepts 12 to 128 characters that are not common', () => {
    expect(passwordProblem('río-Chira-al-alba')).toBeNull();
    expect(passwordProblem('x'.repeat(11) + 'y')).toBeNull();
    expect(passwordProblem('z'.repeat(128))).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblem('ñ'.repeat(11))).toMatch(/at least 12/);
    expect(passwordProblem('😀'.repeat(12))).toBeNull();
  });

  it('refuses short, long, non-string and common passwords, naming the field', async () => {
    expect(await messages('short')).toEqual(['newPassword must be at least 12 characters long']);
    expect(await messages('a'.repeat(129))).toEqual(['newPassword must be at most 128 characters long']);
    expect(await messages(123456789012)).toEqual(['newPassword must be a string']);
    for (const common of ['contraseña123', 'Password1234', '123456789012', 'QWERTYUIOP12']) {
      expect(await messages(common)).toEqual(['newPassword is too common; choose another one']);
    }
  });
});
