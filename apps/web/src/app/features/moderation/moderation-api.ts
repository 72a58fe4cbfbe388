import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ModerationDecisionRequest, ModerationItem, ModerationQueueQuery, Page } from '@challenge/contract';
import { Observable } from 'rxjs';

/** The moderation queue and decisions. */
@Injectable({ providedIn: 'root' })
export class ModerationApi {
  private readonly http = inject(HttpClient);

  queue(query: ModerationQueueQuery): Observable<Page<ModerationItem>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<Page<ModerationItem>>('/api/v1/moderation/queue', { params });
  }

  decide(item: ModerationItem, request: ModerationDecisionRequest): Observable<unknown> {
    const kind = item.targetType === 'idea' ? 'ideas' : 'comments';
    return this.http.post<unknown>(`/api/v1/moderation/${kind}/${encodeURIComponent(item.targetId)}/decision`, request);
  }
}
