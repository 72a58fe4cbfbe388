import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AcceptJudgeInvitationResponse,
  AssignmentsSummary,
  Conflict,
  DeclareConflictRequest,
  JudgeAssignment,
  JudgeAssignmentSummary,
  JudgeInvitation,
  JudgingProgress,
  Panel,
  Rubric,
  ScoreInput,
  SetRubricRequest,
  SetShortlistRequest,
  Shortlist,
  ShortlistProposal,
  ShortlistProposalRequest,
} from '@challenge/contract';
import { Observable } from 'rxjs';

const API = '/api/v1';
const enc = encodeURIComponent;
const challenge = (id: string): string => `${API}/challenges/${enc(id)}`;
const assignment = (id: string): string => `${API}/judging/assignments/${enc(id)}`;

/** The shortlisting and judging API, one method a route. Errors arrive as ApiError (see the error interceptor). */
@Injectable({ providedIn: 'root' })
export class JudgingApi {
  private readonly http = inject(HttpClient);

  shortlist(challengeId: string): Observable<Shortlist> {
    return this.http.get<Shortlist>(`${challenge(challengeId)}/shortlist`);
  }

  proposeShortlist(challengeId: string, request: ShortlistProposalRequest): Observable<ShortlistProposal> {
    return this.http.post<ShortlistProposal>(`${challenge(challengeId)}/shortlist/proposal`, request);
  }

  setShortlist(challengeId: string, request: SetShortlistRequest): Observable<Shortlist> {
    return this.http.put<Shortlist>(`${challenge(challengeId)}/shortlist`, request);
  }

  rubric(challengeId: string): Observable<Rubric> {
    return this.http.get<Rubric>(`${challenge(challengeId)}/rubric`);
  }

  setRubric(challengeId: string, request: SetRubricRequest): Observable<Rubric> {
    return this.http.put<Rubric>(`${challenge(challengeId)}/rubric`, request);
  }

  panel(challengeId: string): Observable<Panel> {
    return this.http.get<Panel>(`${challenge(challengeId)}/judges`);
  }

  invite(challengeId: string, email: string): Observable<JudgeInvitation> {
    return this.http.post<JudgeInvitation>(`${challenge(challengeId)}/judges`, { email });
  }

  revokeInvitation(challengeId: string, invitationId: string): Observable<void> {
    return this.http.delete<void>(`${challenge(challengeId)}/judges/invitations/${enc(invitationId)}`);
  }

  removeJudge(challengeId: string, userId: string): Observable<void> {
    return this.http.delete<void>(`${challenge(challengeId)}/judges/${enc(userId)}`);
  }

  acceptInvitation(token: string): Observable<AcceptJudgeInvitationResponse> {
    return this.http.post<AcceptJudgeInvitationResponse>(`${API}/judging/invitations/accept`, { token });
  }

  conflicts(challengeId: string): Observable<Conflict[]> {
    return this.http.get<Conflict[]>(`${challenge(challengeId)}/conflicts`);
  }

  declareConflict(challengeId: string, request: DeclareConflictRequest): Observable<Conflict> {
    return this.http.post<Conflict>(`${challenge(challengeId)}/conflicts`, request);
  }

  generateAssignments(challengeId: string, judgesPerIdea: number): Observable<AssignmentsSummary> {
    return this.http.post<AssignmentsSummary>(`${challenge(challengeId)}/assignments`, { judgesPerIdea });
  }

  reopen(challengeId: string, assignmentId: string, reason: string): Observable<JudgingProgress> {
    return this.http.post<JudgingProgress>(`${challenge(challengeId)}/assignments/${enc(assignmentId)}/reopen`, {
      reason,
    });
  }

  progress(challengeId: string): Observable<JudgingProgress> {
    return this.http.get<JudgingProgress>(`${challenge(challengeId)}/judging-progress`);
  }

  queue(): Observable<JudgeAssignmentSummary[]> {
    return this.http.get<JudgeAssignmentSummary[]>(`${API}/judging/assignments`);
  }

  assignment(id: string): Observable<JudgeAssignment> {
    return this.http.get<JudgeAssignment>(assignment(id));
  }

  saveScores(id: string, scores: ScoreInput[]): Observable<JudgeAssignment> {
    return this.http.put<JudgeAssignment>(assignment(id), { scores });
  }

  submit(id: string): Observable<JudgeAssignment> {
    return this.http.post<JudgeAssignment>(`${assignment(id)}/submit`, {});
  }
}
