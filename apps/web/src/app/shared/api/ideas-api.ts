import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Attachment,
  Challenge,
  Comment,
  CreateIdeaRequest,
  IdeaDetail,
  IdeaInvitation,
  IdeaSummary,
  ListIdeasQuery,
  Page,
  SimilarIdea,
  UpdateIdeaRequest,
} from '@challenge/contract';
import { Observable } from 'rxjs';

const API = '/api/v1';
const enc = encodeURIComponent;

/** The ideas API, one method a route. Errors arrive as ApiError (see the error interceptor). */
@Injectable({ providedIn: 'root' })
export class IdeasApi {
  private readonly http = inject(HttpClient);

  challenge(id: string): Observable<Challenge> {
    return this.http.get<Challenge>(`${API}/challenges/${enc(id)}`);
  }

  list(challengeId: string, query: ListIdeasQuery): Observable<Page<IdeaSummary>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<Page<IdeaSummary>>(`${API}/challenges/${enc(challengeId)}/ideas`, { params });
  }

  similar(challengeId: string, title: string): Observable<SimilarIdea[]> {
    return this.http.get<SimilarIdea[]>(`${API}/challenges/${enc(challengeId)}/ideas/similar`, {
      params: { title },
    });
  }

  get(id: string): Observable<IdeaDetail> {
    return this.http.get<IdeaDetail>(`${API}/ideas/${enc(id)}`);
  }

  create(challengeId: string, request: CreateIdeaRequest): Observable<IdeaDetail> {
    return this.http.post<IdeaDetail>(`${API}/challenges/${enc(challengeId)}/ideas`, request);
  }

  update(id: string, request: UpdateIdeaRequest): Observable<IdeaDetail> {
    return this.http.patch<IdeaDetail>(`${API}/ideas/${enc(id)}`, request);
  }

  withdraw(id: string): Observable<unknown> {
    return this.http.post<unknown>(`${API}/ideas/${enc(id)}/withdraw`, {});
  }

  invite(id: string, email: string): Observable<IdeaInvitation> {
    return this.http.post<IdeaInvitation>(`${API}/ideas/${enc(id)}/invitations`, { email });
  }

  cancelInvitation(id: string, invitationId: string): Observable<void> {
    return this.http.delete<void>(`${API}/ideas/${enc(id)}/invitations/${enc(invitationId)}`);
  }

  acceptInvitation(token: string): Observable<unknown> {
    return this.http.post<unknown>(`${API}/invitations/accept`, { token });
  }

  upload(id: string, file: File): Observable<Attachment> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<Attachment>(`${API}/ideas/${enc(id)}/attachments`, body);
  }

  removeAttachment(id: string, attachmentId: string): Observable<void> {
    return this.http.delete<void>(`${API}/ideas/${enc(id)}/attachments/${enc(attachmentId)}`);
  }

  comments(id: string): Observable<Comment[]> {
    return this.http.get<Comment[]>(`${API}/ideas/${enc(id)}/comments`);
  }

  comment(id: string, body: string): Observable<Comment> {
    return this.http.post<Comment>(`${API}/ideas/${enc(id)}/comments`, { body });
  }

  report(id: string, reason: string, commentId?: string): Observable<unknown> {
    return this.http.post<unknown>(`${API}/ideas/${enc(id)}/reports`, commentId ? { reason, commentId } : { reason });
  }
}
