package com.pointsdesk.workflow;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;

/**
 * Whether an entity was created in the running command and never flushed: the database has no
 * row of it, so nothing stored can refer to it (no incident of a job, no async trigger of a
 * subscription), and Camunda's lookups for such rows can be skipped.
 */
final class NeverWritten {

  private NeverWritten() {}

  static boolean is(Class<? extends DbEntity> type, String id) {
    CachedDbEntity cached = Context.getCommandContext().getDbEntityManager().getDbEntityCache()
        .getCachedEntity(type, id);
    return cached != null && (cached.getEntityState() == DbEntityState.TRANSIENT
        || cached.getEntityState() == DbEntityState.DELETED_TRANSIENT);
  }
}
