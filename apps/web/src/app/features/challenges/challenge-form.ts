import { Component, computed, effect, inject, input, linkedSignal, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { ApiError, Organisation } from '@challenge/contract';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Session } from '../../core/auth/session';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { FormError, fieldError } from '../../shared/forms/form-errors';
import { TextField } from '../../shared/forms/text-field';
import { ChallengeCoverUpload } from './challenge-cover-upload';
import { ChallengeFormControls } from './challenge-form-controls';
import { challengeApiErrors, emptyFormValue, formValueOf, toRequestBody, toUpdateBody } from './challenge-form-model';
import { ChallengeTexts } from './challenge-texts';
import { ChallengesApi } from '../../shared/api/challenges-api';
import { HostFields } from './host-fields';
import { PrizeRows } from './prize-rows';
import { StageDates, stageDateLabel } from './stage-dates';
import { TextareaField } from '../../shared/forms/textarea-field';
import { VotingSettingsFields, frozenSettings, withoutFrozen } from '../voting';
import { errorOf, valueOf } from '../../shared/data/resource-state';

/** Create (`/admin/challenges/new`) or edit (`/admin/challenges/:id/edit`) a challenge. */
@Component({
  selector: 'app-challenge-form',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    ErrorSummary,
    TextField,
    TextareaField,
    ChallengeTexts,
    ChallengeCoverUpload,
    HostFields,
    PrizeRows,
    StageDates,
    VotingSettingsFields,
  ],
  template: `
    <a class="govuk-back-link" [routerLink]="id() ? ['/challenges', id()] : '/admin/challenges'">{{
      'challenges.admin.back' | translate
    }}</a>
    <app-error-summary [errors]="errors()" />
    @if (saved(); as c) {
      <span class="govuk-caption-l">{{ c.title }}</span>
    }
    <h1 class="govuk-heading-l" tabindex="-1">
      {{ (id() ? 'challenges.form.editTitle' : 'challenges.form.createTitle') | translate }}
    </h1>
    @if (form(); as f) {
      <form novalidate (submit)="$event.preventDefault(); save()">
        @if (!id()) {
          <h2 class="govuk-heading-m">{{ 'challenges.form.hosts' | translate }}</h2>
          <app-host-fields
            [form]="f"
            [memberships]="memberships()"
            [organisations]="organisations()"
            [lead]="lead() ?? ''"
            [errors]="errors()"
          />
        }
        <h2 class="govuk-heading-m">{{ 'challenges.form.texts' | translate }}</h2>
        <app-challenge-texts [texts]="f.texts" [fields]="aboutFields" [errors]="errors()" />

        <h2 class="govuk-heading-m">{{ 'challenges.cover.heading' | translate }}</h2>
        @if (saved(); as c) {
          <app-challenge-cover-upload
            [challenge]="c"
            [errors]="errors()"
            (changed)="saved.set($event)"
            (failed)="errors.set($event)"
          />
        } @else {
          <p class="govuk-body">{{ 'challenges.cover.saveFirst' | translate }}</p>
        }
        <app-challenge-texts [texts]="f.texts" [fields]="['coverAlt']" [errors]="errors()" />

        <h2 class="govuk-heading-m">{{ 'challenges.form.categoriesSection' | translate }}</h2>
        <app-textarea-field
          fieldId="categories"
          label="challenges.form.categories"
          hint="challenges.form.categoriesHint"
          [rows]="4"
          [control]="f.categories"
          [errors]="errors()"
        />
        <app-textarea-field
          fieldId="entrantCategories"
          label="challenges.form.entrantCategories"
          hint="challenges.form.entrantCategoriesHint"
          [rows]="3"
          [control]="f.entrantCategories"
          [errors]="errors()"
        />

        <h2 class="govuk-heading-m">{{ 'challenges.form.prizesSection' | translate }}</h2>
        <app-text-field
          fieldId="prizePot"
          label="challenges.form.prizePot"
          hint="challenges.form.prizePotHint"
          [control]="f.prizePot"
          [errors]="errors()"
        />
        <app-prize-rows [form]="f" [errors]="errors()" />

        <h2 class="govuk-heading-m">{{ 'challenges.form.judgingSection' | translate }}</h2>
        <app-challenge-texts [texts]="f.texts" [fields]="['judgingSummary']" [errors]="errors()" />
        <app-text-field
          fieldId="publicVoteWeight"
          label="challenges.form.publicVoteWeight"
          hint="challenges.form.publicVoteWeightHint"
          [control]="f.publicVoteWeight"
          [errors]="errors()"
        />
        <app-voting-settings-fields [controls]="f.voting" [errors]="errors()" [frozen]="frozen()" />

        <h2 class="govuk-heading-m">{{ 'challenges.form.settings' | translate }}</h2>
        <div class="govuk-form-group">
          <div class="govuk-checkboxes" data-module="govuk-checkboxes">
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                id="requiresVerifiedEmail"
                type="checkbox"
                [formControl]="f.requiresVerifiedEmail"
              />
              <label class="govuk-label govuk-checkboxes__label" for="requiresVerifiedEmail">{{
                'challenges.form.requiresVerifiedEmail' | translate
              }}</label>
            </div>
            <div class="govuk-checkboxes__item">
              <input
                class="govuk-checkboxes__input"
                id="preModeration"
                type="checkbox"
                [formControl]="f.preModeration"
              />
              <label class="govuk-label govuk-checkboxes__label" for="preModeration">{{
                'challenges.form.preModeration' | translate
              }}</label>
            </div>
          </div>
        </div>
        <app-challenge-texts [texts]="f.texts" [fields]="['rules']" [errors]="errors()" />

        <h2 class="govuk-heading-m">{{ 'challenges.form.stagesSection' | translate }}</h2>
        <app-stage-dates [form]="f" [errors]="errors()" />

        @if (saved()?.publishedAt) {
          <app-textarea-field
            fieldId="changeReason"
            label="challenges.form.changeReason"
            hint="challenges.form.changeReasonHint"
            [rows]="3"
            [control]="f.changeReason"
            [errors]="errors()"
          />
        }
        <div class="govuk-button-group">
          <button type="submit" class="govuk-button" [disabled]="busy()">
            {{ (id() ? 'challenges.form.save' : 'challenges.form.saveDraft') | translate }}
          </button>
          <a class="govuk-link" [routerLink]="id() ? ['/challenges', id()] : '/admin/challenges'">{{
            'challenges.form.cancel' | translate
          }}</a>
        </div>
      </form>
    } @else if (errors().length === 0) {
      <p class="govuk-body">{{ 'common.loading' | translate }}</p>
    }
  `,
})
export class ChallengeForm {
  private readonly api = inject(ChallengesApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  /** The challenge id when editing (from the route); absent when creating. */
  readonly id = input<string>();

  protected readonly memberships = inject(Session).adminMemberships;
  // Creating loads the councils to choose from, editing the challenge; each is cancelled on leaving.
  private readonly loadedOrganisations = rxResource({
    params: () => (this.id() ? undefined : true),
    stream: () => this.api.organisations(),
  });
  protected readonly organisations = computed<Organisation[]>(() => valueOf(this.loadedOrganisations) ?? []);
  private readonly loadedChallenge = rxResource({
    params: () => this.id(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly form = signal<ChallengeFormControls | null>(null);
  /** The challenge as last loaded or saved. */
  protected readonly saved = linkedSignal(() => valueOf(this.loadedChallenge));
  protected readonly errors = linkedSignal<FormError[]>(() => {
    const error = errorOf(this.loadedChallenge);
    return error ? challengeApiErrors(error) : [];
  });
  protected readonly busy = signal(false);
  /** Voting settings once voting has opened, blind review once judging has: shown, not editable. */
  protected readonly frozen = computed(() => frozenSettings(this.saved(), Date.now()));
  protected readonly aboutFields = [
    'title',
    'summary',
    'problemStatement',
    'description',
    'eligibility',
    'howToEnter',
  ] as const;
  private readonly leadControl = computed(() => this.form()?.organisationId);
  private readonly leadChanges = signal('');
  protected readonly lead = computed(() => this.leadChanges() || this.leadControl()?.value);

  constructor() {
    // A blank form when creating; when editing, a form filled from the challenge as loaded (not as saved later).
    effect(() => {
      if (!this.id()) {
        const only = this.memberships().length === 1 ? (this.memberships()[0]?.organisationId ?? '') : '';
        untracked(() => this.setForm(new ChallengeFormControls(emptyFormValue(only))));
        return;
      }
      const c = valueOf(this.loadedChallenge);
      if (!c) return;
      untracked(() => {
        const form = new ChallengeFormControls(formValueOf(c));
        form.voting.freeze(frozenSettings(c, Date.now()));
        this.setForm(form);
      });
    });
  }

  private setForm(form: ChallengeFormControls): void {
    this.form.set(form);
    form.organisationId.valueChanges.subscribe((v) => this.leadChanges.set(v));
  }

  protected save(): void {
    const form = this.form();
    if (!form || this.busy()) return;
    const value = form.value();
    const labels = {
      date: stageDateLabel.bind(null, this.translate),
      field: (name: string) => this.translate.instant(`challenges.form.${name}`) as string,
    };
    const { body, errors } = toRequestBody(value, labels, this.saved()?.stages);
    const id = this.id();
    if (!id && !value.organisationId)
      errors.unshift(fieldError('organisationId', 'challenges.validation.leadRequired'));
    this.errors.set(errors);
    if (errors.length) return;
    this.busy.set(true);
    const request = id
      ? this.api.update(id, toUpdateBody(withoutFrozen(body, this.frozen()), value.changeReason))
      : this.api.create(body);
    request.subscribe({
      next: (c) => void this.router.navigate(['/challenges', c.id]),
      error: (e: ApiError) => {
        this.busy.set(false);
        this.errors.set(challengeApiErrors(e));
      },
    });
  }
}
