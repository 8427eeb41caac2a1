package dev.cim.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CacheConfigTest {
  @Test
  void ofDefaults_hasTheDocumentedBounds() {
    CacheConfig c = CacheConfig.ofDefaults();
    assertThat(c.maximumSize()).isEqualTo(CacheConfig.DEFAULT_MAXIMUM_SIZE);
    assertThat(c.expireAfterWrite()).isEqualTo(CacheConfig.DEFAULT_EXPIRE_AFTER_WRITE);
    assertThat(c.executor()).isEmpty();
  }

  @Test
  void from_copiesEverySetting() {
    Spy.FakeTicker ticker = new Spy.FakeTicker();
    CacheConfig base = CacheConfig.custom().maximumSize(7).expireAfterWrite(Duration.ofMillis(5)).ticker(ticker)
        .executor(Runnable::run).build();
    CacheConfig copy = CacheConfig.from(base).build();
    assertThat(copy.maximumSize()).isEqualTo(7);
    assertThat(copy.expireAfterWrite()).isEqualTo(Duration.ofMillis(5));
    assertThat(copy.ticker()).isSameAs(ticker);
    assertThat(copy.executor()).isEqualTo(base.executor());
  }

  @Test
  void maximumSize_belowOne_throwsNamingTheValue() {
    assertThatThrownBy(() -> CacheConfig.custom().maximumSize(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maximumSize must be >= 1, but was 0");
  }

  @Test
  void expireAfterWrite_notPositive_throwsNamingTheValue() {
    assertThatThrownBy(() -> CacheConfig.custom().expireAfterWrite(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expireAfterWrite must be positive, but was PT0S");
    assertThatThrownBy(() -> CacheConfig.custom().expireAfterWrite(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1S");
  }

  @Test
  void nullArguments_throwNullPointerExceptionNamingThem() {
    assertThatThrownBy(() -> CacheConfig.from(null)).isInstanceOf(NullPointerException.class).hasMessage("base");
    assertThatThrownBy(() -> CacheConfig.custom().expireAfterWrite(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("duration");
    assertThatThrownBy(() -> CacheConfig.custom().ticker(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("ticker");
    assertThatThrownBy(() -> CacheConfig.custom().executor(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("executor");
  }
}
