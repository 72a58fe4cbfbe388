import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import type { Criterion } from '@challenge/contract';
import { provideTranslateLoader, provideTranslateService } from '@ngx-translate/core';
import { BundledTranslations } from '../../../translations/bundled-translations';
import { ScoreControls, ScoreForm } from './score-form';

const criterion = (id: string, name: string, maxScore: number): Criterion => ({
  id,
  position: 0,
  name,
  nameCy: null,
  description: `About ${name}`,
  descriptionCy: null,
  minScore: 0,
  maxScore,
  weight: 1,
});
const text = (): FormControl<string> => new FormControl('', { nonNullable: true });

@Component({
  imports: [ScoreForm],
  template: `<app-score-form [criteria]="criteria" [controls]="controls" [readOnly]="readOnly()" [scores]="scores" />`,
})
class Host {
  readonly criteria = [criterion('a', 'Impact', 5), criterion('b', 'Cost', 5), criterion('c', 'Reach', 100)];
  readonly controls: ScoreControls = Object.fromEntries(
    this.criteria.map((c) => [c.id, { score: text(), comment: text() }]),
  );
  readonly readOnly = signal(false);
  readonly scores = [{ criterionId: 'a', score: 4, comment: 'Strong' }];
}

describe('ScoreForm', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [Host],
      providers: [provideTranslateService({ loader: provideTranslateLoader(BundledTranslations), lang: 'en' })],
    });
  });

  it('gives each small-range criterion its own radio group and a wide one a number input', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const impact = root.querySelectorAll<HTMLInputElement>('input[type="radio"][name="score-a"]');
    const cost = root.querySelectorAll<HTMLInputElement>('input[type="radio"][name="score-b"]');
    expect(impact).toHaveLength(6);
    expect(cost).toHaveLength(6);
    expect(impact[0]?.id).toBe('score-a');
    expect(root.querySelector<HTMLInputElement>('#score-c')?.getAttribute('inputmode')).toBe('numeric');
    expect(root.querySelector('#score-a-hint')?.textContent).toContain('About Impact');
    expect(root.querySelector('#score-a-hint')?.textContent).toContain('Score from 0 (lowest) to 5 (highest).');

    impact[3]?.click();
    cost[1]?.click();
    await fixture.whenStable();
    const host = fixture.componentInstance;
    expect(host.controls['a']?.score.value).toBe('3');
    expect(host.controls['b']?.score.value).toBe('1');
    expect(impact[3]?.checked).toBe(true);
    expect(impact[3]?.value).toBe('3');
  });

  it('shows submitted scores read only', async () => {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.readOnly.set(true);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelectorAll('input')).toHaveLength(0);
    expect(root.textContent).toContain('4 out of 5');
    expect(root.textContent).toContain('Strong');
    expect(root.textContent).toContain('Reach No score');
    expect(root.textContent).not.toContain('–');
  });
});
