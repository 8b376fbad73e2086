/**
 * Compile-time checks of the API client, read by `npm run typecheck` (tsc) and never run: every
 * `@ts-expect-error` below must meet a type error, or the typecheck fails. They prove that a call to a route or
 * method the API's OpenAPI document does not have fails to compile (see ApiPath in ./client).
 */
import { apiRequest } from './client';

export function apiClientTypeChecks(): void {
  void apiRequest('/expenses');
  void apiRequest(`/categories/${'some-id'}`, { method: 'PATCH', body: {} });
  void apiRequest('/budgets', { method: 'PUT', body: {} });

  // @ts-expect-error: no such route (a typo)
  void apiRequest('/expense');
  // @ts-expect-error: the API has no /api prefix
  void apiRequest('/api/expenses');
  // @ts-expect-error: /dashboard is GET only
  void apiRequest('/dashboard', { method: 'DELETE' });
  // @ts-expect-error: /categories/{id} has no GET, so a method must be named
  void apiRequest(`/categories/${'some-id'}`);
}
