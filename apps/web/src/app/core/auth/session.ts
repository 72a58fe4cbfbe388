import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginRequest, LoginResponse, Me, UpdateMeRequest } from '@challenge/contract';
import { Observable, firstValueFrom, map, tap } from 'rxjs';
import { isApiError } from '../http/api-error';

/** The signed-in person, from the cookie session. `undefined` until first checked. */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly http = inject(HttpClient);
  private readonly state = signal<Me | null | undefined>(undefined);
  private loading: Promise<Me | null> | null = null;

  readonly me = computed(() => this.state() ?? null);
  readonly signedIn = computed(() => !!this.state());
  readonly isPlatformAdmin = computed(() => !!this.state()?.isPlatformAdmin);
  readonly adminMemberships = computed(() => (this.state()?.memberships ?? []).filter((m) => m.role === 'admin'));

  /** Loads the session once; a 401 (or an unreachable API) means signed out. */
  ensureLoaded(): Promise<Me | null> {
    const current = this.state();
    if (current !== undefined) return Promise.resolve(current);
    return this.refresh();
  }

  refresh(): Promise<Me | null> {
    this.loading ??= firstValueFrom(this.http.get<Me>('/api/v1/me'))
      .then(
        (me) => me,
        (error: unknown) => {
          if (isApiError(error) && error.statusCode !== 401) console.warn('Could not load the session', error.message);
          return null;
        },
      )
      .then((me) => {
        this.state.set(me);
        this.loading = null;
        return me;
      });
    return this.loading;
  }

  signIn(request: LoginRequest): Observable<Me> {
    return this.http.post<LoginResponse>('/api/v1/auth/login', request).pipe(
      map((response) => response.user),
      tap((me) => this.state.set(me)),
    );
  }

  signOut(): Observable<void> {
    return this.http.post<void>('/api/v1/auth/logout', {}).pipe(tap(() => this.state.set(null)));
  }

  update(request: UpdateMeRequest): Observable<Me> {
    return this.http.patch<Me>('/api/v1/me', request).pipe(tap((me) => this.state.set(me)));
  }

  clear(): void {
    this.state.set(null);
  }
}
