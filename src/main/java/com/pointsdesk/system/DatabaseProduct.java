package com.pointsdesk.system;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Which database holds the domain tables, for the few statements that differ by product. */
public final class DatabaseProduct {

  public static final String H2 = "H2";
  public static final String POSTGRESQL = "PostgreSQL";

  private DatabaseProduct() {}

  /** The JDBC product name: {@value #H2}, {@value #POSTGRESQL}, … */
  public static String of(DataSource dataSource) {
    try {
      return JdbcUtils.extractDatabaseMetaData(dataSource,
          DatabaseMetaData::getDatabaseProductName);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database this is", e);
    }
  }
}
