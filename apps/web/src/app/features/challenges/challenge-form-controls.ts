import { FormControl } from '@angular/forms';
import type { StageName } from '@challenge/contract';
import { STAGE_NAMES } from '@challenge/domain';
import { VotingControls } from '../voting';
import {
  ChallengeFormValue,
  DateValue,
  Edge,
  PrizeValue,
  TEXT_KEYS,
  TextKey,
  emptyFormValue,
  emptyPrize,
} from './challenge-form-model';

type Controls<T> = { [K in keyof T]: FormControl<T[K]> };
const text = (value: string): FormControl<string> => new FormControl(value, { nonNullable: true });
const controls = <T extends Record<string, string>>(value: T): Controls<T> =>
  Object.fromEntries(Object.entries(value).map(([k, v]) => [k, text(v)])) as Controls<T>;

export type PrizeControls = Controls<PrizeValue>;
const prizeControls = ({ peoplesChoice, ...texts }: PrizeValue): PrizeControls => ({
  ...controls(texts),
  peoplesChoice: new FormControl(peoplesChoice, { nonNullable: true }),
});
export type DateControls = Controls<DateValue>;
export type StageControls = Record<Edge, DateControls>;

/** One control per input of the challenge form, filled from a form value and read back into one. */
export class ChallengeFormControls {
  readonly organisationId: FormControl<string>;
  readonly coHostOrganisationIds: FormControl<string[]>;
  readonly texts: Record<TextKey, FormControl<string>>;
  readonly categories: FormControl<string>;
  readonly entrantCategories: FormControl<string>;
  readonly prizePot: FormControl<string>;
  readonly prizes: FormControl<PrizeControls[]>;
  readonly publicVoteWeight: FormControl<string>;
  readonly requiresVerifiedEmail: FormControl<boolean>;
  readonly preModeration: FormControl<boolean>;
  readonly voting: VotingControls;
  readonly stages: Record<StageName, StageControls>;
  readonly changeReason: FormControl<string>;

  constructor(v: ChallengeFormValue = emptyFormValue()) {
    this.organisationId = text(v.organisationId);
    this.coHostOrganisationIds = new FormControl(v.coHostOrganisationIds, { nonNullable: true });
    this.texts = Object.fromEntries(TEXT_KEYS.map((k) => [k, text(v.texts[k])])) as Record<
      TextKey,
      FormControl<string>
    >;
    this.categories = text(v.categories);
    this.entrantCategories = text(v.entrantCategories);
    this.prizePot = text(v.prizePot);
    this.prizes = new FormControl(
      v.prizes.map((p) => prizeControls(p)),
      { nonNullable: true },
    );
    this.publicVoteWeight = text(v.publicVoteWeight);
    this.requiresVerifiedEmail = new FormControl(v.requiresVerifiedEmail, { nonNullable: true });
    this.preModeration = new FormControl(v.preModeration, { nonNullable: true });
    this.voting = new VotingControls(v.voting);
    this.stages = Object.fromEntries(
      STAGE_NAMES.map((s) => [s, { opensAt: controls(v.stages[s].opensAt), closesAt: controls(v.stages[s].closesAt) }]),
    ) as Record<StageName, StageControls>;
    this.changeReason = text(v.changeReason);
  }

  addPrize(): void {
    this.prizes.setValue([...this.prizes.value, prizeControls(emptyPrize())]);
  }

  removePrize(index: number): void {
    this.prizes.setValue(this.prizes.value.filter((_, i) => i !== index));
  }

  value(): ChallengeFormValue {
    const read = <T>(c: Controls<T>): T =>
      Object.fromEntries(Object.entries(c).map(([k, v]) => [k, (v as FormControl<unknown>).value])) as T;
    return {
      organisationId: this.organisationId.value,
      coHostOrganisationIds: this.coHostOrganisationIds.value,
      texts: read(this.texts),
      categories: this.categories.value,
      entrantCategories: this.entrantCategories.value,
      prizePot: this.prizePot.value,
      prizes: this.prizes.value.map((p) => read(p)),
      publicVoteWeight: this.publicVoteWeight.value,
      requiresVerifiedEmail: this.requiresVerifiedEmail.value,
      preModeration: this.preModeration.value,
      voting: this.voting.value(),
      stages: Object.fromEntries(
        STAGE_NAMES.map((s) => [s, { opensAt: read(this.stages[s].opensAt), closesAt: read(this.stages[s].closesAt) }]),
      ) as ChallengeFormValue['stages'],
      changeReason: this.changeReason.value,
    };
  }
}
