import { FormControl, FormGroup } from '@angular/forms';
import type { Challenge, CreateIdeaRequest, IdeaDetail } from '@challenge/contract';
import { FormError, fieldError } from '../../shared/forms/form-errors';
import { LIMITS } from '@challenge/contract';

export type IdeaFormValue = {
  title: string;
  summary: string;
  description: string;
  category: string;
  entrantCategory: string;
  locationLabel: string;
  latitude: string;
  longitude: string;
  acknowledge: boolean;
};

export type IdeaForm = FormGroup<{ [K in keyof IdeaFormValue]: FormControl<IdeaFormValue[K]> }>;

const text = () => new FormControl('', { nonNullable: true });

export function createIdeaForm(): IdeaForm {
  return new FormGroup({
    title: text(),
    summary: text(),
    description: text(),
    category: text(),
    entrantCategory: text(),
    locationLabel: text(),
    latitude: text(),
    longitude: text(),
    acknowledge: new FormControl(false, { nonNullable: true }),
  });
}

/** The form's values for an existing idea. */
export function formValueOf(idea: IdeaDetail): IdeaFormValue {
  return {
    title: idea.title,
    summary: idea.summary,
    description: idea.description,
    category: idea.category ?? '',
    entrantCategory: idea.entrantCategory ?? '',
    locationLabel: idea.location?.label ?? '',
    latitude: idea.location ? String(idea.location.latitude) : '',
    longitude: idea.location ? String(idea.location.longitude) : '',
    acknowledge: false,
  };
}

/** API field names to the ids of the inputs they belong to. */
export const IDEA_FIELD_IDS: Record<string, string> = {
  title: 'title',
  summary: 'summary',
  description: 'description',
  category: 'category',
  entrantCategory: 'entrantCategory',
  location: 'latitude',
  'location.label': 'locationLabel',
  'location.latitude': 'latitude',
  'location.longitude': 'longitude',
  acknowledgeRulesVersion: 'acknowledge',
};

const number = (value: string): number | null => {
  const trimmed = value.trim().replace(',', '.');
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : NaN;
};

/**
 * What is wrong with the form. A draft needs only a title; submitting also needs a summary,
 * the category and entrant category the challenge uses, and the rules accepted.
 */
export function ideaFormErrors(value: IdeaFormValue, challenge: Challenge, submitting: boolean): FormError[] {
  const errors: FormError[] = [];
  const title = value.title.trim();
  if (!title) errors.push(fieldError('title', 'ideas.errors.titleRequired'));
  else if (title.length > LIMITS.ideaTitle)
    errors.push(fieldError('title', 'ideas.errors.titleTooLong', { max: `${LIMITS.ideaTitle}` }));
  const summary = value.summary.trim();
  if (summary.length > LIMITS.ideaSummary) {
    errors.push(fieldError('summary', 'ideas.errors.summaryTooLong', { max: `${LIMITS.ideaSummary}` }));
  } else if (submitting && !summary) errors.push(fieldError('summary', 'ideas.errors.summaryRequired'));
  if (submitting && challenge.categories.length && !value.category) {
    errors.push(fieldError('category', 'ideas.errors.categoryRequired'));
  }
  if (submitting && challenge.entrantCategories.length && !value.entrantCategory) {
    errors.push(fieldError('entrantCategory', 'ideas.errors.entrantCategoryRequired'));
  }
  const latitude = number(value.latitude);
  const longitude = number(value.longitude);
  if ((latitude === null) !== (longitude === null) || (value.locationLabel.trim() && latitude === null)) {
    errors.push(fieldError(latitude === null ? 'latitude' : 'longitude', 'ideas.errors.locationIncomplete'));
  } else {
    if (latitude !== null && !(latitude >= -90 && latitude <= 90)) {
      errors.push(fieldError('latitude', 'ideas.errors.latitudeInvalid'));
    }
    if (longitude !== null && !(longitude >= -180 && longitude <= 180)) {
      errors.push(fieldError('longitude', 'ideas.errors.longitudeInvalid'));
    }
  }
  if (submitting && challenge.rules && !value.acknowledge)
    errors.push(fieldError('acknowledge', 'ideas.errors.rulesRequired'));
  return errors;
}

/** The request body for the form's values (only call once ideaFormErrors finds nothing). */
export function toIdeaRequest(value: IdeaFormValue, challenge: Challenge, submitting: boolean): CreateIdeaRequest {
  const latitude = number(value.latitude);
  const longitude = number(value.longitude);
  return {
    title: value.title.trim(),
    summary: value.summary.trim(),
    description: value.description,
    category: value.category || null,
    entrantCategory: value.entrantCategory || null,
    location:
      latitude !== null && longitude !== null
        ? { label: value.locationLabel.trim() || null, latitude, longitude }
        : null,
    ...(submitting ? { submit: true, acknowledgeRulesVersion: challenge.rules?.version } : {}),
  };
}
