/**
 * A worked example of cim's storage SPI over plain JDBC (no ORM), on an embedded H2 database or PostgreSQL.
 *
 * <p>Start at {@link dev.cim.examples.jdbc.JdbcStores}: it gives the stores over one
 * {@link javax.sql.DataSource} and creates the schema ({@code schema.sql} beside this package on the class path).
 * Each store implements every numbered rule of its SPI interface and passes the cim-tck contract tests.
 */
package dev.cim.examples.jdbc;
