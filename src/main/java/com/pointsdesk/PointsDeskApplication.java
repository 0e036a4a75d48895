package com.pointsdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PointsDeskApplication {
  public static void main(String[] args) {
    SpringApplication.run(PointsDeskApplication.class, args);
  }
}
