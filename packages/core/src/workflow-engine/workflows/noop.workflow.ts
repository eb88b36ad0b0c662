/** Does nothing: the baseline of the benchmark and the simplest run the tests start. */
export async function noopWorkflow(_input?: { tenantId?: string; outboxId?: string }): Promise<void> {
  // Nothing to do; the run's cost is Temporal's own (start, one workflow task, completion).
}
