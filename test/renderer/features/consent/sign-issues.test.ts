import { describe, expect, it } from 'vitest';
import { signIssues } from '../../../../renderer/src/features/consent/sign-issues';

describe('the Sign dialog says what is missing', () => {
  it('names an empty witness at its field', () => {
    const issues = signIssues({ mode: 'typed', drawn: null, name: 'Maren Holt', typed: 'Maren Holt', witness: '  ' });
    expect(issues).toEqual({ witness: 'Enter the name of the witness to this signature.' });
  });

  it('asks for the drawing and the signer when signing by hand; nothing when all is there', () => {
    expect(signIssues({ mode: 'drawn', drawn: null, name: '', typed: '', witness: 'Agnes' })).toEqual({
      drawn: 'Draw the signature in the box first.',
      name: 'Enter the name of the person signing.',
    });
    expect(signIssues({ mode: 'drawn', drawn: 'data:', name: 'Maren', typed: '', witness: 'Agnes' })).toEqual({});
  });
});
