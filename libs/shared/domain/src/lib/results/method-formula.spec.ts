import { methodFormula, percent } from './method-formula';

describe('methodFormula', () => {
  it('fills in the panel and public weights in English and Welsh', () => {
    const { formula, formulaCy } = methodFormula({ publicVoteWeight: 0.3, publicVoteMeasure: 'supports' });
    expect(formula).toContain('Final score = 70% panel score + 30% public vote.');
    expect(formula).toContain('supports divided by the most supports of any shortlisted idea');
    expect(formula).toContain('differ by more than 2 is flagged');
    expect(formulaCy).toContain('Sgôr derfynol = 70% sgôr y panel + 30% y bleidlais gyhoeddus.');
    expect(formulaCy).toContain('cefnogwyr');
  });

  it('describes the pairwise measure and the threshold given', () => {
    const { formula, formulaCy } = methodFormula({
      publicVoteWeight: 0.125,
      publicVoteMeasure: 'pairwise',
      disagreementThreshold: 1.5,
    });
    expect(formula).toContain('Final score = 87.5% panel score + 12.5% public vote.');
    expect(formula).toContain('pairwise score');
    expect(formula).toContain('more than 1.5');
    expect(formulaCy).toContain('sgôr parau');
    expect(formulaCy).toContain('o fwy na 1.5');
  });

  it('formats weights as percentages without float noise', () => {
    expect([0, 0.3, 0.7, 1, 0.125, 0.333].map(percent)).toEqual(['0%', '30%', '70%', '100%', '12.5%', '33.3%']);
  });

  it('refuses a weight outside 0–1', () => {
    expect(() => methodFormula({ publicVoteWeight: -0.1, publicVoteMeasure: 'supports' })).toThrow(RangeError);
  });
});
